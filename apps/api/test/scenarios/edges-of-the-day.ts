import type { Prisma } from "@parley/db";

/**
 * Scenario "edges of the day": events of Thursday 10 and Friday 11 June 2021 on both sides of
 * the date line, each on its own local date, so that UTC's date and the local one disagree.
 * Late on Thursday evening in Honolulu (UTC-10) it is already Friday in UTC; early on Friday
 * morning in Nuku'alofa (UTC+13) it is still Thursday in UTC. The first instant of a Friday
 * anywhere (midnight at Kiritimati, UTC+14) and the last of a Thursday (a minute before
 * midnight on Baker Island, UTC-12) mark the widest a local day reaches. London (UTC+1 in
 * June) keeps a few plain days around them, and a Saturday.
 */
export const thursday = "2021-06-10";
export const friday = "2021-06-11";
export const saturday = "2021-06-12";

const occurred = { timePrecision: "MINUTE", status: "OCCURRED" } as const;

function event(slug: string, startsAt: string, timeZone: string, orderInDay: number, fields: Partial<Prisma.EventCreateInput> = {}) {
  return {
    slug,
    title: slug.replaceAll("-", " "),
    kind: "MEETING",
    startsAt: new Date(startsAt),
    timeZone,
    orderInDay,
    ...occurred,
    ...fields,
  } satisfies Prisma.EventCreateInput;
}

const events = {
  // Thursday 10 June, locally.
  londonMorning: event("london-thursday-morning", "2021-06-10T08:00:00.000Z", "Europe/London", 1),
  londonNoon: event("london-thursday-noon", "2021-06-10T11:00:00.000Z", "Europe/London", 2),
  londonEvening: event("london-thursday-evening", "2021-06-10T18:00:00.000Z", "Europe/London", 3),
  /** 23:30 on Thursday in Honolulu (UTC-10): 09:30 on Friday in UTC. */
  lateInHonolulu: event("honolulu-thursday-late", "2021-06-11T09:30:00.000Z", "Pacific/Honolulu", 4, { kind: "PRESS_CONFERENCE" }),
  /** 23:59 on Thursday on Baker Island (UTC-12): nearly the last instant of a Thursday anywhere. */
  lastOnBakerIsland: event("baker-island-thursday-last", "2021-06-11T11:59:00.000Z", "Etc/GMT+12", 5),

  // Friday 11 June, locally.
  /** Midnight starting Friday at Kiritimati (UTC+14): the first instant of a Friday anywhere, 10:00 on Thursday in UTC. */
  firstAtKiritimati: event("kiritimati-friday-first", "2021-06-10T10:00:00.000Z", "Pacific/Kiritimati", 1),
  /** 00:30 on Friday in Nuku'alofa (UTC+13): 11:30 on Thursday in UTC. */
  earlyInTonga: event("tonga-friday-early", "2021-06-10T11:30:00.000Z", "Pacific/Tongatapu", 2, { kind: "PRESS_CONFERENCE" }),
  londonFriday: event("london-friday", "2021-06-11T09:00:00.000Z", "Europe/London", 3, { status: "SCHEDULED" }),

  // Saturday 12 June, locally.
  londonSaturday: event("london-saturday", "2021-06-12T09:00:00.000Z", "Europe/London", 1),
} satisfies Record<string, Prisma.EventCreateInput>;

export const edgesOfTheDay = { events };
