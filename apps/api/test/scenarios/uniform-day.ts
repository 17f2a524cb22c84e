import { randomUUID } from "node:crypto";
import type { Prisma } from "@parley/db";
import { connect, contentHash, excerptOf, type Scenario } from "../../src/testing/scenario";

/** 1 January 2020, the uniform day, as a timeline window. */
export const uniformDayWindow = { from: "2020-01-01T00:00:00.000Z", to: "2020-01-02T00:00:00.000Z" };
const day = new Date(uniformDayWindow.from);

/**
 * Scenario "a uniform day": `count` events on 1 January 2020, each shaped
 * alike (two speakers with offices, three statements with topics, stances
 * with a basis, a relation), so that any page of it exercises every relation
 * the timeline shows, and every speaker has the same number of statements.
 */
export function uniformDay(count: number) {
  const text = Array.from({ length: count }, (_, index) => `Event ${index}: "first words" then "second words".`).join("\n");
  const source = {
    id: randomUUID(),
    slug: "uniform-day",
    kind: "ARTICLE",
    title: "A uniform day",
    publishedOn: day,
    language: "en",
    text,
    contentHash: contentHash(text),
  } satisfies Prisma.SourceCreateInput;
  const topic = { slug: "uniform-topic", name: "Uniform topic" } satisfies Prisma.TopicCreateInput;
  const state = { slug: "uniform-state", name: "Uniform state", kind: "STATE" } satisfies Prisma.ActorCreateInput;

  const actors: Record<string, Prisma.ActorCreateInput> = { state };
  const ties: Record<string, Prisma.ActorTieCreateInput> = {};
  const events: Record<string, Prisma.EventCreateInput> = {};
  const statements: Record<string, Prisma.StatementCreateInput> = {};
  const relations: Record<string, Prisma.StatementRelationCreateInput> = {};

  for (let index = 0; index < count; index++) {
    const line = `Event ${index}:`;
    const event = { slug: `uniform-event-${index}` };
    const speakers = ["a", "b"].map((side) => {
      const speaker = { slug: `speaker-${index}-${side}`, name: `Speaker ${index}${side}`, kind: "PERSON" as const };
      actors[`speaker${index}${side}`] = { ...speaker, names: { create: [{ name: `Mr ${index}${side}` }] } };
      const office = {
        id: randomUUID(),
        kind: "HOLDS_OFFICE_IN" as const,
        title: "Minister",
        actor: connect(speaker),
        relatedActor: connect(state),
      };
      ties[`office${index}${side}`] = office;
      return { speaker, office };
    });
    events[`event${index}`] = {
      ...event,
      title: `Uniform event ${index}`,
      kind: "MEETING",
      startsAt: day,
      timePrecision: "DAY",
      timeZone: "UTC",
      orderInDay: index + 1,
      status: "OCCURRED",
      participants: { create: speakers.map(({ speaker }) => ({ role: "SPEAKER" as const, actor: connect(speaker) })) },
      topics: { create: [{ topic: connect(topic) }] },
    };
    for (const [position, words] of ["first words", "second words", `Event ${index}`].entries()) {
      const { speaker, office } = speakers[position % 2]!;
      statements[`statement${index}_${position}`] = {
        slug: `uniform-statement-${index}-${position}`,
        text: words,
        kind: "DIRECT_QUOTE",
        speaker: connect(speaker),
        capacity: connect(office),
        event: connect(event),
        saidAt: day,
        timePrecision: "DAY",
        excerpt: excerptOf(source, words, line),
        topics: { create: [{ topic: connect(topic) }] },
        stances: { create: [{ position: "SUPPORTS", topic: connect(topic), basis: excerptOf(source, line) }] },
      };
    }
    relations[`response${index}`] = {
      kind: "RESPONDS_TO",
      from: connect(statements[`statement${index}_1`]!),
      to: connect(statements[`statement${index}_0`]!),
    };
  }

  return { sources: { source }, topics: { topic }, actors, ties, events, statements, relations } satisfies Scenario;
}
