import { randomUUID } from "node:crypto";
import { connect, contentHash, excerptOf, type Scenario } from "@parley/api/testing";

/** The create input of one record of a scenario's model (Prisma's, as the API's scenarios write them). */
type Input<Model extends keyof Scenario> = NonNullable<Scenario[Model]>[string];

/**
 * Scenario "a timed day": an invented day of ceasefire talks in Geneva, Friday 20 September 2019,
 * whose source gives clock times (Geneva was at UTC+2): a breakfast meeting at 08:30, an answer at
 * 09:15, a press conference at 10:00 and, after a quiet stretch of seven and a half hours, a
 * closing press conference at 17:30. Its statements are of every kind and relate in every way
 * (continues, restates, responds to, contradicts, agrees with), and eight observers who say
 * nothing take part, so that the lanes are more than a desktop screen shows at once.
 */
export const timedDay = { date: "2019-09-20", observers: 8 } as const;

const quotes = {
  mustHold: "The ceasefire must hold through the winter.",
  fund: "We will fund the monitors ourselves.",
  frozen: "A ceasefire frozen for the winter rewards the aggressor.",
};
const reported = {
  withinAMonth: "Okafor said the monitors would be in place within a month",
  willMatch: "At 09:15 Bruno Lindqvist answered that his government “will match every monitor Okafor sends”",
  workable: "At 10:00, at his press conference, Lindqvist said the plan was “workable”",
  agrees: "Dana Ferreira said she agreed with Okafor that the ceasefire must hold",
};
const text = [
  "GENEVA, 20 September 2019 - [An invented report, for Parley's tests.]",
  `At a breakfast meeting at 08:30, the foreign minister Amara Okafor said: “${quotes.mustHold}” She added: “${quotes.fund}”`,
  `${reported.withinAMonth}.`,
  `${reported.willMatch}.`,
  `${reported.workable}.`,
  `Closing the day at 17:30, Chen Wei said: “${quotes.frozen}”`,
  `${reported.agrees}.`,
].join("\n\n");

const report = {
  id: randomUUID(),
  slug: "geneva-ceasefire-talks-report",
  kind: "ARTICLE",
  title: "[The Geneva ceasefire talks, invented for tests]",
  publishedOn: new Date("2019-09-20"),
  language: "en",
  text,
  contentHash: contentHash(text),
} satisfies Input<"sources">;

const ceasefire = { slug: "winter-ceasefire", name: "The winter ceasefire" } satisfies Input<"topics">;

const person = (slug: string, name: string) => ({ slug, name, kind: "PERSON" }) as const satisfies Input<"actors">;
const okafor = person("amara-okafor", "Amara Okafor");
const lindqvist = person("bruno-lindqvist", "Bruno Lindqvist");
const chen = person("chen-wei", "Chen Wei");
const ferreira = person("dana-ferreira", "Dana Ferreira");
const observers = Array.from({ length: timedDay.observers }, (_, index) =>
  person(`geneva-observer-${index + 1}`, `Observer ${index + 1} of the talks`),
);

/** In Geneva's time, to the minute: UTC+2 in September. */
const inGeneva = (utc: string) =>
  ({
    startsAt: new Date(`${timedDay.date}T${utc}:00Z`),
    timePrecision: "MINUTE",
    timeZone: "Europe/Zurich",
    placeName: "Geneva",
    status: "OCCURRED",
  }) as const;

const events = {
  breakfast: {
    slug: "geneva-breakfast-meeting",
    title: "Breakfast meeting on the ceasefire",
    kind: "MEETING",
    ...inGeneva("06:30"),
    orderInDay: 1,
    participants: {
      create: [okafor, lindqvist, ...observers].map((actor) => ({ role: "PARTICIPANT" as const, actor: connect(actor) })),
    },
  },
  answer: {
    slug: "lindqvist-answers-okafor",
    title: "Lindqvist answers Okafor",
    kind: "STATEMENT",
    ...inGeneva("07:15"),
    orderInDay: 2,
    participants: { create: [{ role: "SPEAKER", actor: connect(lindqvist) }] },
  },
  pressConference: {
    slug: "lindqvist-press-conference-geneva",
    title: "Lindqvist's press conference",
    kind: "PRESS_CONFERENCE",
    ...inGeneva("08:00"),
    orderInDay: 3,
    participants: { create: [{ role: "SPEAKER", actor: connect(lindqvist) }] },
  },
  closing: {
    slug: "geneva-closing-press-conference",
    title: "The closing press conference",
    kind: "PRESS_CONFERENCE",
    ...inGeneva("15:30"),
    orderInDay: 4,
    participants: { create: [chen, ferreira].map((actor) => ({ role: "SPEAKER" as const, actor: connect(actor) })) },
  },
} satisfies Record<string, Input<"events">>;

function said(
  slug: string,
  kind: "DIRECT_QUOTE" | "PARTIAL_QUOTE" | "PARAPHRASE",
  words: string,
  speaker: { slug: string },
  event: { slug: string; startsAt: Date },
  stance?: "SUPPORTS" | "OPPOSES",
): Input<"statements"> {
  return {
    slug,
    kind,
    text: words,
    excerpt: excerptOf(report, words),
    speaker: connect(speaker),
    event: connect(event),
    saidAt: event.startsAt,
    timePrecision: "MINUTE",
    ...(stance ? { stances: { create: [{ position: stance, topic: connect(ceasefire) }] } } : {}),
  };
}

const statements = {
  mustHold: said("okafor-ceasefire-must-hold", "DIRECT_QUOTE", quotes.mustHold, okafor, events.breakfast, "SUPPORTS"),
  fund: said("okafor-we-will-fund-the-monitors", "DIRECT_QUOTE", quotes.fund, okafor, events.breakfast),
  withinAMonth: said("okafor-monitors-within-a-month", "PARAPHRASE", reported.withinAMonth, okafor, events.breakfast),
  willMatch: said("lindqvist-will-match-every-monitor", "PARTIAL_QUOTE", reported.willMatch, lindqvist, events.answer),
  workable: said("lindqvist-plan-workable", "PARTIAL_QUOTE", reported.workable, lindqvist, events.pressConference, "SUPPORTS"),
  frozen: said("chen-frozen-ceasefire-rewards-aggressor", "DIRECT_QUOTE", quotes.frozen, chen, events.closing, "OPPOSES"),
  agrees: said("ferreira-agrees-with-okafor", "PARAPHRASE", reported.agrees, ferreira, events.closing, "SUPPORTS"),
} satisfies Record<string, Input<"statements">>;

const relation = (from: { slug: string }, kind: Input<"relations">["kind"], to: { slug: string }) =>
  ({ kind, from: connect(from), to: connect(to) }) satisfies Input<"relations">;

export const timedDayScenario = {
  sources: { report },
  topics: { ceasefire },
  actors: {
    okafor,
    lindqvist,
    chen,
    ferreira,
    ...Object.fromEntries(observers.map((observer, index) => [`observer${index + 1}`, observer])),
  },
  events,
  statements,
  relations: {
    fundContinues: relation(statements.fund, "CONTINUES", statements.mustHold),
    monthRestates: relation(statements.withinAMonth, "RESTATES", statements.fund),
    matchResponds: relation(statements.willMatch, "RESPONDS_TO", statements.fund),
    frozenContradicts: relation(statements.frozen, "CONTRADICTS", statements.mustHold),
    ferreiraAgrees: relation(statements.agrees, "AGREES_WITH", statements.mustHold),
  },
} satisfies Scenario;
