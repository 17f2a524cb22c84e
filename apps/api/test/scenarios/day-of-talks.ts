import { randomUUID } from "node:crypto";
import type { Prisma } from "@parley/db";
import { connect, contentHash, excerptOf, type Scenario } from "../../src/testing/scenario";

/**
 * Scenario "a day of talks": two foreign ministers meet in Geneva on Thursday
 * 5 March 2020 (an invented story, in the shape of the shipped article). One
 * report tells of the day: a remark before the talks, the talks, a post during
 * them, two press conferences the report does not order, a remark the day
 * before, a briefing the day after, and a referendum set for the Sunday. The
 * two ministers say the same words and mean opposite things.
 *
 * Events and statements are written out of order, so that no test passes by
 * reading rows in the order they were created.
 */

/** Thursday 5 March 2020 in Geneva (UTC+1), as a timeline window. */
export const thursdayInGeneva = { from: "2020-03-04T23:00:00.000Z", to: "2020-03-05T23:00:00.000Z" };
const wednesday = new Date("2020-03-03T23:00:00.000Z");
const thursday = new Date(thursdayInGeneva.from);
const friday = new Date(thursdayInGeneva.to);
/** Sunday 8 March 2020 in Northmark, which keeps Helsinki's time (UTC+2). */
const sunday = new Date("2020-03-07T22:00:00.000Z");

const text = [
  "Mira Holt, the Westland Foreign Secretary, met the Eastland Foreign Minister, Ivo Marek, in Geneva on Thursday, three days before the referendum in Northmark.",
  "Earlier on Thursday Ms Holt said: “We come to Geneva to listen, and to be heard.”",
  "The talks were hosted by the Swiss mediator Jonas Weber.",
  "Half-way through them, the Eastland foreign ministry posted: “Talks go on. So does the season.”",
  "— Eastland MFA (@EastlandMFA)",
  "Afterwards, in separate press conferences, each minister said the wishes of the people of Northmark must be respected.",
  "“The wishes of the people of Northmark must be respected,” Ms Holt said. “A vote held under pressure cannot show them.”",
  "“The wishes of the people of Northmark must be respected,” Mr Marek said. “That is why the vote will go ahead on Sunday.”",
  "Mr Marek said the talks had been useful but had not closed the gap between the two sides.",
  "Ms Holt warned of “costs that Eastland would feel for years” if the vote went ahead.",
  "On Wednesday Ms Holt had said that she would go to Geneva “with an open hand”.",
  "Mr Weber is to report on the talks on Friday.",
].join("\n");

const report = {
  id: randomUUID(),
  slug: "2020-03-05-holt-marek-geneva",
  kind: "ARTICLE",
  title: "[Holt and Marek talks in Geneva]",
  publishedOn: new Date("2020-03-05"),
  language: "en-GB",
  text,
  contentHash: contentHash(text),
} satisfies Prisma.SourceCreateInput;

const quoting = (words: string, after?: string) => excerptOf(report, words, after);

const topics = {
  genevaTalks: { slug: "geneva-talks", name: "The Geneva talks" },
  referendum: { slug: "northmark-referendum", name: "The Northmark referendum" },
  costs: { slug: "costs-for-eastland", name: "Costs for Eastland" },
} satisfies Record<string, Prisma.TopicCreateInput>;

const names = (...all: string[]) => ({ create: all.map((name) => ({ name })) });

const actors = {
  westland: { slug: "westland", name: "Westland", kind: "STATE" },
  eastland: { slug: "eastland", name: "Eastland", kind: "STATE" },
  northmark: { slug: "northmark", name: "Northmark", kind: "TERRITORY" },
  ministry: {
    slug: "eastland-foreign-ministry",
    name: "Foreign Ministry of Eastland",
    kind: "GOVERNMENT_BODY",
    names: names("the Eastland foreign ministry"),
  },
  account: {
    slug: "eastland-mfa-account",
    name: "EastlandMFA",
    kind: "SOCIAL_MEDIA_ACCOUNT",
    names: names("Eastland MFA", "@EastlandMFA"),
  },
  holt: { slug: "mira-holt", name: "Mira Holt", kind: "PERSON", names: names("Mira Holt", "the Westland Foreign Secretary", "Ms Holt") },
  marek: { slug: "ivo-marek", name: "Ivo Marek", kind: "PERSON", names: names("Ivo Marek", "the Eastland Foreign Minister", "Mr Marek") },
  weber: { slug: "jonas-weber", name: "Jonas Weber", kind: "PERSON", names: names("the Swiss mediator Jonas Weber", "Mr Weber") },
} satisfies Record<string, Prisma.ActorCreateInput>;

/** The report attests the ministers' offices on the day it tells of, and no further. */
const onTheDay = { validFrom: new Date("2020-03-05"), validTo: new Date("2020-03-05") };

const ties = {
  holtForWestland: {
    id: randomUUID(),
    kind: "HOLDS_OFFICE_IN",
    title: "Foreign Secretary",
    ...onTheDay,
    actor: connect(actors.holt),
    relatedActor: connect(actors.westland),
    excerpt: quoting("the Westland Foreign Secretary"),
  },
  marekForEastland: {
    id: randomUUID(),
    kind: "HOLDS_OFFICE_IN",
    title: "Foreign Minister",
    ...onTheDay,
    actor: connect(actors.marek),
    relatedActor: connect(actors.eastland),
    excerpt: quoting("the Eastland Foreign Minister"),
  },
  ministryRunsAccount: {
    id: randomUUID(),
    kind: "OPERATES_ACCOUNT",
    actor: connect(actors.ministry),
    relatedActor: connect(actors.account),
    excerpt: quoting("the Eastland foreign ministry posted"),
  },
} satisfies Record<string, Prisma.ActorTieCreateInput>;

const inGeneva = { timePrecision: "DAY", timeZone: "Europe/Zurich", placeName: "Geneva", status: "OCCURRED" } as const;
const aboutThe = (...about: { slug: string }[]) => ({ create: about.map((topic) => ({ topic: connect(topic) })) });

const events = {
  marekPressConference: {
    slug: "marek-press-conference-geneva",
    title: "Ivo Marek's press conference after the talks",
    kind: "PRESS_CONFERENCE",
    startsAt: thursday,
    // The report does not say which press conference came first: they share a place in the day.
    orderInDay: 4,
    ...inGeneva,
    participants: { create: [{ role: "SPEAKER", actor: connect(actors.marek) }] },
    topics: aboutThe(topics.referendum, topics.genevaTalks),
  },
  post: {
    slug: "eastland-mfa-talks-go-on-post",
    title: "The Eastland foreign ministry posts that the talks go on",
    kind: "SOCIAL_MEDIA_POST",
    startsAt: thursday,
    orderInDay: 3,
    ...inGeneva,
    placeName: null,
    participants: { create: [{ role: "AUTHOR", actor: connect(actors.account) }] },
    topics: aboutThe(topics.genevaTalks),
  },
  referendum: {
    slug: "northmark-referendum-2020",
    title: "The Northmark referendum",
    kind: "REFERENDUM",
    startsAt: sunday,
    timePrecision: "DAY",
    timeZone: "Europe/Helsinki",
    orderInDay: 1,
    status: "SCHEDULED",
    participants: { create: [{ role: "SUBJECT", actor: connect(actors.northmark) }] },
    topics: aboutThe(topics.referendum),
    reports: {
      create: [
        { excerpt: quoting("three days before the referendum in Northmark") },
        { excerpt: quoting("the vote will go ahead on Sunday") },
      ],
    },
  },
  talks: {
    slug: "holt-marek-talks-geneva",
    title: "Holt and Marek hold talks in Geneva",
    kind: "MEETING",
    startsAt: thursday,
    orderInDay: 2,
    ...inGeneva,
    participants: {
      create: [
        { role: "PARTICIPANT", actor: connect(actors.holt) },
        { role: "PARTICIPANT", actor: connect(actors.marek) },
        { role: "HOST", actor: connect(actors.weber) },
      ],
    },
    topics: aboutThe(topics.genevaTalks, topics.referendum),
    reports: { create: [{ excerpt: quoting("The talks were hosted by the Swiss mediator Jonas Weber.") }] },
  },
  holtPressConference: {
    slug: "holt-press-conference-geneva",
    title: "Mira Holt's press conference after the talks",
    kind: "PRESS_CONFERENCE",
    startsAt: thursday,
    orderInDay: 4,
    ...inGeneva,
    participants: { create: [{ role: "SPEAKER", actor: connect(actors.holt) }] },
    topics: aboutThe(topics.referendum, topics.costs),
  },
  weberBriefing: {
    slug: "weber-briefing-on-the-talks",
    title: "Jonas Weber reports on the talks",
    kind: "STATEMENT",
    startsAt: friday,
    orderInDay: 1,
    ...inGeneva,
    status: "SCHEDULED",
    participants: { create: [{ role: "SPEAKER", actor: connect(actors.weber) }] },
    topics: aboutThe(topics.genevaTalks),
  },
  holtBeforeTheTalks: {
    slug: "holt-on-the-geneva-talks",
    title: "Mira Holt on the coming talks",
    kind: "STATEMENT",
    startsAt: thursday,
    orderInDay: 1,
    ...inGeneva,
    participants: { create: [{ role: "SPEAKER", actor: connect(actors.holt) }] },
    topics: aboutThe(topics.genevaTalks),
  },
  holtTheDayBefore: {
    slug: "holt-announces-the-geneva-talks",
    title: "Mira Holt says she will go to Geneva",
    kind: "STATEMENT",
    startsAt: wednesday,
    orderInDay: 1,
    ...inGeneva,
    placeName: null,
    participants: { create: [{ role: "SPEAKER", actor: connect(actors.holt) }] },
    topics: aboutThe(topics.genevaTalks),
  },
} satisfies Record<string, Prisma.EventCreateInput>;

const holtAt = (event: { slug: string }) => ({
  speaker: connect(actors.holt),
  capacity: connect(ties.holtForWestland),
  event: connect(event),
});
const marekAt = (event: { slug: string }) => ({
  speaker: connect(actors.marek),
  capacity: connect(ties.marekForEastland),
  event: connect(event),
});
const onThursday = { saidAt: thursday, timePrecision: "DAY" } as const;
const sameWords = "The wishes of the people of Northmark must be respected";

const statements = {
  marekTalksUseful: {
    slug: "marek-talks-useful-but-gap-remains",
    kind: "PARAPHRASE",
    text: "Mr Marek said the talks had been useful but had not closed the gap between the two sides.",
    excerpt: quoting("Mr Marek said the talks had been useful but had not closed the gap between the two sides."),
    ...marekAt(events.marekPressConference),
    ...onThursday,
    topics: aboutThe(topics.genevaTalks),
  },
  holtOpenHand: {
    slug: "holt-will-go-with-an-open-hand",
    kind: "PARTIAL_QUOTE",
    text: "On Wednesday Ms Holt had said that she would go to Geneva “with an open hand”.",
    excerpt: quoting("On Wednesday Ms Holt had said that she would go to Geneva “with an open hand”."),
    ...holtAt(events.holtTheDayBefore),
    saidAt: wednesday,
    timePrecision: "DAY",
    topics: aboutThe(topics.genevaTalks),
  },
  marekWishes: {
    slug: "marek-wishes-of-northmark-must-be-respected",
    kind: "DIRECT_QUOTE",
    text: sameWords,
    excerpt: quoting(sameWords, "cannot show them."),
    ...marekAt(events.marekPressConference),
    ...onThursday,
    topics: aboutThe(topics.referendum),
    stances: {
      create: [
        { position: "SUPPORTS", topic: connect(topics.referendum), basis: quoting("That is why the vote will go ahead on Sunday.") },
      ],
    },
  },
  holtComeToListen: {
    slug: "holt-we-come-to-listen",
    kind: "DIRECT_QUOTE",
    text: "We come to Geneva to listen, and to be heard.",
    excerpt: quoting("We come to Geneva to listen, and to be heard."),
    ...holtAt(events.holtBeforeTheTalks),
    ...onThursday,
    topics: aboutThe(topics.genevaTalks),
  },
  holtVoteUnderPressure: {
    slug: "holt-vote-under-pressure-cannot-show-them",
    kind: "DIRECT_QUOTE",
    text: "A vote held under pressure cannot show them.",
    excerpt: quoting("A vote held under pressure cannot show them."),
    ...holtAt(events.holtPressConference),
    ...onThursday,
    topics: aboutThe(topics.referendum),
  },
  mfaTalksGoOn: {
    slug: "eastland-mfa-talks-go-on",
    kind: "DIRECT_QUOTE",
    text: "Talks go on. So does the season.",
    excerpt: quoting("Talks go on. So does the season."),
    speaker: connect(actors.account),
    capacity: connect(ties.ministryRunsAccount),
    event: connect(events.post),
    ...onThursday,
    topics: aboutThe(topics.genevaTalks),
  },
  holtWarnsOfCosts: {
    slug: "holt-warns-of-costs-for-years",
    kind: "PARTIAL_QUOTE",
    text: "Ms Holt warned of “costs that Eastland would feel for years” if the vote went ahead.",
    excerpt: quoting("Ms Holt warned of “costs that Eastland would feel for years” if the vote went ahead."),
    ...holtAt(events.holtPressConference),
    ...onThursday,
    topics: aboutThe(topics.costs),
  },
  holtWishes: {
    slug: "holt-wishes-of-northmark-must-be-respected",
    kind: "DIRECT_QUOTE",
    text: sameWords,
    excerpt: quoting(sameWords),
    ...holtAt(events.holtPressConference),
    ...onThursday,
    topics: aboutThe(topics.referendum),
    stances: {
      create: [{ position: "OPPOSES", topic: connect(topics.referendum), basis: quoting("A vote held under pressure cannot show them.") }],
    },
  },
  marekVoteGoesAhead: {
    slug: "marek-the-vote-will-go-ahead",
    kind: "DIRECT_QUOTE",
    text: "That is why the vote will go ahead on Sunday.",
    excerpt: quoting("That is why the vote will go ahead on Sunday."),
    ...marekAt(events.marekPressConference),
    ...onThursday,
    topics: aboutThe(topics.referendum),
  },
} satisfies Record<string, Prisma.StatementCreateInput>;

const relations = {
  holtCarriesOn: { kind: "CONTINUES", from: connect(statements.holtVoteUnderPressure), to: connect(statements.holtWishes) },
  marekCarriesOn: { kind: "CONTINUES", from: connect(statements.marekVoteGoesAhead), to: connect(statements.marekWishes) },
  sameWordsOppositeMeanings: {
    kind: "CONTRADICTS",
    from: connect(statements.holtWishes),
    to: connect(statements.marekWishes),
    basis: quoting("each minister said the wishes of the people of Northmark must be respected"),
  },
} satisfies Record<string, Prisma.StatementRelationCreateInput>;

export const dayOfTalks = { sources: { report }, topics, actors, ties, events, statements, relations } satisfies Scenario;
