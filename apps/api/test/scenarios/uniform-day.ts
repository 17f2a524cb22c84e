import { createHash } from "node:crypto";
import type { PrismaClient } from "@parley/db";

/**
 * Scenario "a uniform day": `count` events on 1 January 2020, each shaped
 * alike (two speakers with offices, three statements with topics, stances
 * with a basis, relations), so that any page of it exercises every relation
 * the timeline shows.
 */
export async function seedUniformDay(db: PrismaClient, count: number): Promise<void> {
  const text = Array.from({ length: count }, (_, index) => `Event ${index}: "first words" then "second words".`).join("\n");
  const source = await db.source.create({
    data: {
      slug: "uniform-day",
      kind: "ARTICLE",
      title: "A uniform day",
      publishedOn: new Date("2020-01-01T00:00:00Z"),
      language: "en",
      text,
      contentHash: createHash("sha256").update(text, "utf8").digest("hex"),
    },
  });
  const topic = await db.topic.create({ data: { slug: "uniform-topic", name: "Uniform topic" } });
  const state = await db.actor.create({ data: { slug: "uniform-state", name: "Uniform state", kind: "STATE" } });

  for (let index = 0; index < count; index++) {
    const lineStart = text.indexOf(`Event ${index}:`);
    const excerpt = async (words: string) => {
      const start = text.indexOf(words, lineStart);
      return db.excerpt.upsert({
        where: { sourceId_start_end: { sourceId: source.id, start, end: start + words.length } },
        create: { sourceId: source.id, start, end: start + words.length },
        update: {},
      });
    };
    const basis = await excerpt(`Event ${index}:`);
    const speakers = await Promise.all(
      ["a", "b"].map((side) =>
        db.actor.create({
          data: {
            slug: `speaker-${index}-${side}`,
            name: `Speaker ${index}${side}`,
            kind: "PERSON",
            names: { create: [{ name: `Mr ${index}${side}` }] },
            ties: { create: [{ kind: "HOLDS_OFFICE_IN", relatedActorId: state.id, title: "Minister" }] },
          },
          include: { ties: true },
        }),
      ),
    );
    const event = await db.event.create({
      data: {
        slug: `uniform-event-${index}`,
        title: `Uniform event ${index}`,
        kind: "MEETING",
        startsAt: new Date("2020-01-01T00:00:00Z"),
        timePrecision: "DAY",
        timeZone: "UTC",
        orderInDay: index + 1,
        status: "OCCURRED",
        participants: { create: speakers.map((speaker) => ({ actorId: speaker.id, role: "SPEAKER" as const })) },
        topics: { create: [{ topicId: topic.id }] },
      },
    });
    const statements = [];
    for (const [position, words] of ["first words", "second words", `Event ${index}`].entries()) {
      const speaker = speakers[position % 2]!;
      statements.push(
        await db.statement.create({
          data: {
            slug: `uniform-statement-${index}-${position}`,
            text: words,
            kind: "DIRECT_QUOTE",
            speakerId: speaker.id,
            eventId: event.id,
            saidAt: event.startsAt,
            timePrecision: "DAY",
            capacityId: speaker.ties[0]!.id,
            excerptId: (await excerpt(words)).id,
            topics: { create: [{ topicId: topic.id }] },
            stances: { create: [{ topicId: topic.id, position: "SUPPORTS", basisId: basis.id }] },
          },
        }),
      );
    }
    await db.statementRelation.create({ data: { fromId: statements[1]!.id, toId: statements[0]!.id, kind: "RESPONDS_TO" } });
  }
}
