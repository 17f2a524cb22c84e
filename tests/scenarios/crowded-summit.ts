import { randomUUID } from "node:crypto";
import { connect, contentHash, excerptOf, type Scenario } from "@parley/api/testing";

/** The create input of one record of a scenario's model (Prisma's, as the API's scenarios write them). */
type Input<Model extends keyof Scenario> = NonNullable<Scenario[Model]>[string];

/**
 * Scenario "a crowded summit": an invented two-day summit in Vienna, 6 and 7 May 2019, where 120
 * delegates each say the quorum holds, and Zygmunt Quill, whose name sorts after every other
 * actor's, says so at the opening and again, reported, at the closing press conference. Enough
 * actors that pickers listing the first 100 would hide Quill, and enough matching statements that
 * an export must read more than one page of the API.
 */
export const DELEGATES = 120;

const numbered = (index: number) => String(index + 1).padStart(3, "0");

const delegateLines = Array.from(
  { length: DELEGATES },
  (_, index) => `Delegate ${numbered(index)} said: “The quorum holds for delegation ${numbered(index)}.”`,
);
const quillOpening = "The quorum holds, and it will hold all week.";
const quillClosing = "Mr Quill said the quorum had held, as he had promised it would.";
const text = [...delegateLines, `Zygmunt Quill said: “${quillOpening}”`, quillClosing].join("\n");

const communique = {
  id: randomUUID(),
  slug: "vienna-summit-communique",
  kind: "ARTICLE",
  title: "[The Vienna summit's communiqué, invented for tests]",
  publishedOn: new Date("2019-05-07"),
  language: "en",
  text,
  contentHash: contentHash(text),
} satisfies Input<"sources">;

const quorum = { slug: "summit-quorum", name: "The summit's quorum" } satisfies Input<"topics">;

const quill = {
  slug: "zygmunt-quill",
  name: "Zygmunt Quill",
  kind: "PERSON",
  names: { create: [{ name: "Mr Quill" }] },
} satisfies Input<"actors">;
const delegate = (index: number) =>
  ({ slug: `summit-delegate-${numbered(index)}`, name: `Summit delegate ${numbered(index)}`, kind: "PERSON" }) satisfies Input<"actors">;
const firstDelegate = delegate(0);
const otherDelegates = Array.from({ length: DELEGATES - 1 }, (_, index) => delegate(index + 1));

const inVienna = { timePrecision: "DAY", timeZone: "Europe/Vienna", placeName: "Vienna", status: "OCCURRED", orderInDay: 1 } as const;
const aboutTheQuorum = { create: [{ topic: connect(quorum) }] };

const events = {
  opening: {
    slug: "vienna-summit-opening",
    title: "The Vienna summit opens",
    kind: "MEETING",
    startsAt: new Date("2019-05-05T22:00:00Z"),
    ...inVienna,
    participants: {
      create: [quill, firstDelegate, ...otherDelegates].map((actor) => ({ role: "PARTICIPANT" as const, actor: connect(actor) })),
    },
    topics: aboutTheQuorum,
  },
  closing: {
    slug: "vienna-summit-closing-press-conference",
    title: "Zygmunt Quill's press conference at the summit's close",
    kind: "PRESS_CONFERENCE",
    startsAt: new Date("2019-05-06T22:00:00Z"),
    ...inVienna,
    participants: { create: [{ role: "SPEAKER", actor: connect(quill) }] },
    topics: aboutTheQuorum,
  },
} satisfies Record<string, Input<"events">>;

const saidAt = (event: { slug: string; startsAt: Date }) => ({
  event: connect(event),
  saidAt: event.startsAt,
  timePrecision: "DAY" as const,
  topics: aboutTheQuorum,
});

function holds(speaker: { slug: string }, index: number): Input<"statements"> {
  const words = `The quorum holds for delegation ${numbered(index)}.`;
  return {
    slug: `${speaker.slug}-the-quorum-holds`,
    kind: "DIRECT_QUOTE",
    text: words,
    excerpt: excerptOf(communique, words),
    speaker: connect(speaker),
    ...saidAt(events.opening),
  };
}

const statements = {
  quillOpening: {
    slug: "quill-the-quorum-holds",
    kind: "DIRECT_QUOTE",
    text: quillOpening,
    excerpt: excerptOf(communique, quillOpening),
    speaker: connect(quill),
    ...saidAt(events.opening),
  },
  quillClosing: {
    slug: "quill-the-quorum-held",
    kind: "PARAPHRASE",
    text: quillClosing,
    excerpt: excerptOf(communique, quillClosing),
    speaker: connect(quill),
    ...saidAt(events.closing),
    stances: { create: [{ position: "SUPPORTS", topic: connect(quorum) }] },
  },
  firstDelegateHolds: holds(firstDelegate, 0),
} satisfies Record<string, Input<"statements">>;

const byName = <Record>(records: Record[], name: (index: number) => string) =>
  Object.fromEntries(records.map((record, index) => [name(index), record]));

export const crowdedSummit = {
  sources: { communique },
  topics: { quorum },
  actors: { quill, firstDelegate, ...byName(otherDelegates, (index) => `delegate${numbered(index + 1)}`) },
  events,
  statements: {
    ...statements,
    ...byName(
      otherDelegates.map((speaker, index) => holds(speaker, index + 1)),
      (index) => `delegate${numbered(index + 1)}Holds`,
    ),
  },
} satisfies Scenario;
