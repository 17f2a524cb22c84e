import type { Prisma } from "@parley/db";
import { connect } from "../../src/testing/scenario";

/**
 * Scenario "capture desk": the actors, topics and event a newsroom already
 * has when an invented wire story about them comes in (`wireStory`), with a
 * speaker it knows by two names, one it does not know, a quote broken by its
 * cue, and reported speech.
 */
const actors = {
  anna: {
    slug: "anna-rurik",
    name: "Anna Rurik",
    kind: "PERSON",
    names: { create: [{ name: "Ms Rurik" }, { name: "the Ruritanian foreign minister" }] },
  },
  boris: { slug: "boris-bord", name: "Boris Bord", kind: "PERSON", names: { create: [{ name: "Mr Bord" }] } },
} satisfies Record<string, Prisma.ActorCreateInput>;

const topics = {
  harbour: { slug: "harbour-accord", name: "The harbour accord" },
} satisfies Record<string, Prisma.TopicCreateInput>;

const events = {
  summit: {
    slug: "harbour-summit",
    title: "The harbour summit",
    kind: "MEETING",
    startsAt: new Date("2031-05-05T00:00:00Z"),
    timePrecision: "DAY",
    timeZone: "Europe/London",
    orderInDay: 1,
    status: "OCCURRED",
    participants: { create: [{ role: "PARTICIPANT" as const, actor: connect(actors.anna) }] },
  },
} satisfies Record<string, Prisma.EventCreateInput>;

export const captureDesk = { actors, topics, events };

/** An invented wire story (it says so), opening with a dateline. */
export const wireStory =
  "LONDON (Invented Wire) - Anna Rurik said on Tuesday that the harbour accord was within reach.\n\n" +
  "“We are closer than we have ever been,” Ms Rurik said. “But closer is not there.”\n\n" +
  "“Nobody asked us,” said Lena Varga, who leads the harbour workers.\n\n" +
  "“We will not sign in a hurry,” said Mr Bord.\n\n" +
  "[This story is invented, for tests.]";

/** The metadata a reviewer gives the wire story. */
export const wireStoryMetadata = {
  title: "[Rurik: harbour accord within reach, an invented story]",
  publisher: "Invented Wire",
  publishedOn: "2031-05-06",
  language: "en",
  kind: "ARTICLE",
} as const;
