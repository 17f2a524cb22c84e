import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@parley/db";

/**
 * Scenario "rival ministers": an invented report of two ministers of invented
 * states over three days (talks, a press conference, a scheduled
 * referendum), with statements of every kind, topics and stances, made to
 * exercise search and every filter. Slugs are the scenario's vocabulary.
 */
export const rivalMinisters = {
  text:
    'On Monday the foreign minister of Ruritania, Anna Rurik, said: "We respect the choices of the people of Borduria." ' +
    "Her counterpart, Boris Bord, replied that sanctions would follow any annexation. " +
    'On Tuesday Mr Bord told reporters: "Sanctions are coming, and sanctions will hurt." ' +
    "Ms Rurik called the referendum legitimate and said precedents existed in international law.",
  days: {
    monday: new Date("2021-05-03T00:00:00Z"),
    tuesday: new Date("2021-05-04T00:00:00Z"),
    sunday: new Date("2021-05-09T00:00:00Z"),
  },
};

const { text, days } = rivalMinisters;

/** A span of the text, found by its words (each appears once). */
function spanOf(words: string) {
  const start = text.indexOf(words);
  if (start < 0 || text.indexOf(words, start + 1) >= 0) throw new Error(`"${words}" is not in the text exactly once`);
  return { start, end: start + words.length };
}

const actors = {
  anna: { slug: "anna-rurik", name: "Anna Rurik", kind: "PERSON", names: { create: [{ name: "Ms Rurik" }, { name: "the foreign minister of Ruritania" }] } },
  boris: { slug: "boris-bord", name: "Boris Bord", kind: "PERSON", names: { create: [{ name: "Mr Bord" }] } },
  borduria: { slug: "borduria", name: "Borduria", kind: "STATE" },
} satisfies Record<string, Prisma.ActorCreateInput>;

const topics = {
  referendum: { slug: "bordurian-referendum", name: "The Bordurian referendum" },
  sanctions: { slug: "sanctions-on-ruritania", name: "Sanctions on Ruritania" },
} satisfies Record<string, Prisma.TopicCreateInput>;

type ActorName = keyof typeof actors;
type TopicName = keyof typeof topics;

const events = {
  talks: { slug: "rival-talks", title: "Talks", kind: "MEETING", startsAt: days.monday, status: "OCCURRED", participants: ["anna", "boris"], topics: ["referendum"] },
  presser: { slug: "bord-press-conference", title: "Bord's press conference", kind: "PRESS_CONFERENCE", startsAt: days.tuesday, status: "OCCURRED", participants: ["boris"], topics: ["sanctions"] },
  referendum: { slug: "bordurian-referendum-vote", title: "Referendum", kind: "REFERENDUM", startsAt: days.sunday, status: "SCHEDULED", participants: ["borduria"], topics: ["referendum"] },
} satisfies Record<string, Pick<Prisma.EventCreateInput, "slug" | "title" | "kind" | "startsAt" | "status"> & { participants: ActorName[]; topics: TopicName[] }>;

const statements = {
  respect: { slug: "rurik-respects-choices", kind: "DIRECT_QUOTE", words: "We respect the choices of the people of Borduria.", speaker: "anna", event: "talks", stance: ["referendum", "SUPPORTS"] },
  followAnnexation: { slug: "bord-sanctions-would-follow", kind: "PARAPHRASE", words: "sanctions would follow any annexation", speaker: "boris", event: "talks", stance: ["referendum", "OPPOSES"] },
  sanctionsComing: { slug: "bord-sanctions-are-coming", kind: "DIRECT_QUOTE", words: "Sanctions are coming, and sanctions will hurt.", speaker: "boris", event: "presser", stance: ["sanctions", "SUPPORTS"] },
  legitimate: { slug: "rurik-referendum-legitimate", kind: "PARTIAL_QUOTE", words: "Ms Rurik called the referendum legitimate and said precedents existed in international law", speaker: "anna", event: "presser", stance: ["referendum", "SUPPORTS"] },
} satisfies Record<string, { slug: string; kind: Prisma.StatementCreateInput["kind"]; words: string; speaker: ActorName; event: keyof typeof events; stance: [TopicName, "SUPPORTS" | "OPPOSES" | "NEUTRAL"] }>;

export type RivalMinisters = typeof rivalMinisters & {
  actors: typeof actors;
  topics: typeof topics;
  events: typeof events;
  statements: typeof statements;
};

/** Plants the scenario in an empty database; the records' slugs are its names' `slug`s. */
export async function plantRivalMinisters(db: PrismaClient): Promise<RivalMinisters> {
  const source = await db.source.create({
    data: {
      slug: "rival-ministers-report",
      kind: "ARTICLE",
      title: "[An invented report, for tests]",
      publishedOn: days.tuesday,
      language: "en",
      text,
      contentHash: createHash("sha256").update(text, "utf8").digest("hex"),
    },
  });
  const actorIds = new Map<string, string>();
  for (const [name, data] of Object.entries(actors)) actorIds.set(name, (await db.actor.create({ data })).id);
  const topicIds = new Map<string, string>();
  for (const [name, data] of Object.entries(topics)) topicIds.set(name, (await db.topic.create({ data })).id);
  const eventIds = new Map<string, string>();
  for (const [name, event] of Object.entries(events)) {
    const created = await db.event.create({
      data: {
        slug: event.slug,
        title: event.title,
        kind: event.kind,
        startsAt: event.startsAt,
        status: event.status,
        timePrecision: "DAY",
        timeZone: "UTC",
        orderInDay: 1,
        participants: { create: event.participants.map((actor) => ({ actorId: actorIds.get(actor)!, role: "PARTICIPANT" as const })) },
        topics: { create: event.topics.map((topic) => ({ topicId: topicIds.get(topic)! })) },
      },
    });
    eventIds.set(name, created.id);
  }
  for (const statement of Object.values(statements)) {
    const event = events[statement.event];
    const [topic, position] = statement.stance;
    await db.statement.create({
      data: {
        slug: statement.slug,
        kind: statement.kind,
        text: statement.words,
        saidAt: event.startsAt,
        timePrecision: "DAY",
        speaker: { connect: { id: actorIds.get(statement.speaker)! } },
        event: { connect: { id: eventIds.get(statement.event)! } },
        excerpt: { create: { sourceId: source.id, ...spanOf(statement.words) } },
        topics: { create: [{ topicId: topicIds.get(topic)! }] },
        stances: { create: [{ topicId: topicIds.get(topic)!, position }] },
      },
    });
  }
  return { ...rivalMinisters, actors, topics, events, statements };
}
