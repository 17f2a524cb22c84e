import { randomUUID } from "node:crypto";
import type { Prisma } from "@parley/db";
import { connect, contentHash, excerptOf, type Scenario } from "../../src/testing/scenario";

/**
 * Scenario "rival ministers": an invented report of two ministers of invented
 * states over three days (talks, a press conference, a scheduled
 * referendum), with statements of every kind, topics and stances, made to
 * exercise search and every filter.
 */
const text =
  'On Monday the foreign minister of Ruritania, Anna Rurik, said: "We respect the choices of the people of Borduria." ' +
  "Her counterpart, Boris Bord, replied that sanctions would follow any annexation. " +
  'On Tuesday Mr Bord told reporters: "Sanctions are coming, and sanctions will hurt." ' +
  "Ms Rurik called the referendum legitimate and said precedents existed in international law.";

const days = {
  monday: new Date("2021-05-03T00:00:00Z"),
  tuesday: new Date("2021-05-04T00:00:00Z"),
  sunday: new Date("2021-05-09T00:00:00Z"),
};

const report = {
  id: randomUUID(),
  slug: "rival-ministers-report",
  kind: "ARTICLE",
  title: "[An invented report, for tests]",
  publishedOn: days.tuesday,
  language: "en",
  text,
  contentHash: contentHash(text),
} satisfies Prisma.SourceCreateInput;

const actors = {
  anna: {
    slug: "anna-rurik",
    name: "Anna Rurik",
    kind: "PERSON",
    names: { create: [{ name: "Ms Rurik" }, { name: "the foreign minister of Ruritania" }] },
  },
  boris: { slug: "boris-bord", name: "Boris Bord", kind: "PERSON", names: { create: [{ name: "Mr Bord" }] } },
  borduria: { slug: "borduria", name: "Borduria", kind: "STATE" },
} satisfies Record<string, Prisma.ActorCreateInput>;

const topics = {
  referendum: { slug: "bordurian-referendum", name: "The Bordurian referendum" },
  sanctions: { slug: "sanctions-on-ruritania", name: "Sanctions on Ruritania" },
} satisfies Record<string, Prisma.TopicCreateInput>;

const onTheDay = { timePrecision: "DAY", timeZone: "UTC", orderInDay: 1 } as const;
const takingPart = (...who: { slug: string }[]) => ({
  create: who.map((actor) => ({ role: "PARTICIPANT" as const, actor: connect(actor) })),
});
const about = (topic: { slug: string }) => ({ create: [{ topic: connect(topic) }] });

const events = {
  talks: {
    slug: "rival-talks",
    title: "Talks",
    kind: "MEETING",
    startsAt: days.monday,
    status: "OCCURRED",
    ...onTheDay,
    participants: takingPart(actors.anna, actors.boris),
    topics: about(topics.referendum),
  },
  presser: {
    slug: "bord-press-conference",
    title: "Bord's press conference",
    kind: "PRESS_CONFERENCE",
    startsAt: days.tuesday,
    status: "OCCURRED",
    ...onTheDay,
    participants: takingPart(actors.boris),
    topics: about(topics.sanctions),
  },
  referendum: {
    slug: "bordurian-referendum-vote",
    title: "Referendum",
    kind: "REFERENDUM",
    startsAt: days.sunday,
    status: "SCHEDULED",
    ...onTheDay,
    participants: takingPart(actors.borduria),
    topics: about(topics.referendum),
  },
} satisfies Record<string, Prisma.EventCreateInput>;

/** A statement made at `event`, whose text is `words` of the report, about `topic` with a `position` towards it. */
function said(
  words: string,
  event: { slug: string; startsAt: Date },
  topic: { slug: string },
  position: "SUPPORTS" | "OPPOSES" | "NEUTRAL",
) {
  return {
    text: words,
    excerpt: excerptOf(report, words),
    event: connect(event),
    saidAt: event.startsAt,
    timePrecision: "DAY" as const,
    topics: about(topic),
    stances: { create: [{ topic: connect(topic), position }] },
  };
}

const statements = {
  respect: {
    slug: "rurik-respects-choices",
    kind: "DIRECT_QUOTE",
    speaker: connect(actors.anna),
    ...said("We respect the choices of the people of Borduria.", events.talks, topics.referendum, "SUPPORTS"),
  },
  followAnnexation: {
    slug: "bord-sanctions-would-follow",
    kind: "PARAPHRASE",
    speaker: connect(actors.boris),
    ...said("sanctions would follow any annexation", events.talks, topics.referendum, "OPPOSES"),
  },
  sanctionsComing: {
    slug: "bord-sanctions-are-coming",
    kind: "DIRECT_QUOTE",
    speaker: connect(actors.boris),
    ...said("Sanctions are coming, and sanctions will hurt.", events.presser, topics.sanctions, "SUPPORTS"),
  },
  legitimate: {
    slug: "rurik-referendum-legitimate",
    kind: "PARTIAL_QUOTE",
    speaker: connect(actors.anna),
    ...said(
      "Ms Rurik called the referendum legitimate and said precedents existed in international law",
      events.presser,
      topics.referendum,
      "SUPPORTS",
    ),
  },
} satisfies Record<string, Prisma.StatementCreateInput>;

export const rivalMinisters = { sources: { report }, actors, topics, events, statements } satisfies Scenario;
