import type { Scenario } from "@parley/api/testing";

/** The create input of an event of a scenario (Prisma's, as the API's scenarios write them). */
type EventInput = NonNullable<Scenario["events"]>[string];

/**
 * Scenario "the date line": two evenings of talks either side of it, where UTC's date and the
 * local one disagree. On Thursday 10 June 2021 a noon meeting in London, then a press conference
 * at 23:30 in Honolulu (UTC-10), which is Friday 09:30 in UTC; on Friday 11 June a meeting at
 * 00:30 in Nuku'alofa (UTC+13), which is Thursday 11:30 in UTC.
 */
export const dateLine = { thursday: "2021-06-10", friday: "2021-06-11", saturday: "2021-06-12" } as const;

const event = (slug: string, title: string, startsAt: string, timeZone: string, orderInDay: number): EventInput => ({
  slug,
  title,
  kind: "MEETING",
  startsAt: new Date(startsAt),
  timePrecision: "MINUTE",
  timeZone,
  orderInDay,
  status: "OCCURRED",
});

export const dateLineScenario = {
  events: {
    londonNoon: event("date-line-london-noon", "Noon meeting in London", "2021-06-10T11:00:00.000Z", "Europe/London", 1),
    lateInHonolulu: event(
      "date-line-honolulu-late",
      "Late press conference in Honolulu",
      "2021-06-11T09:30:00.000Z",
      "Pacific/Honolulu",
      2,
    ),
    earlyInTonga: event("date-line-tonga-early", "Early meeting in Nuku'alofa", "2021-06-10T11:30:00.000Z", "Pacific/Tongatapu", 1),
  },
} satisfies Scenario;
