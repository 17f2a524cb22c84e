import type { AddressInfo } from "node:net";
import {
  ActorDocument,
  ActorNameDocument,
  SourceStatementsDocument,
  StatementsDocument,
  DayOrderDocument,
  EventDocument,
  NodeDocument,
  RangeEventsDocument,
  SourceDocument,
  TimelineDocument,
  TopicDocument,
} from "@parley/schema";
import { type DocumentNode, print } from "graphql";
import { createServer, type Server } from "../src/server";
import { sql } from "kysely";
import { jsonFloat } from "../src/reads/json-sql";
import { readSql } from "../src/reads/read-database";
import { READ_PATH_HEADER } from "../src/reads/read-path";
import { plant } from "../src/testing/scenario";
import { dayOfTalks, thursdayInGeneva as day } from "./scenarios/day-of-talks";
import { emojiPost } from "./scenarios/emoji-post";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof dayOfTalks>;
let emoji: Awaited<ReturnType<typeof plant<typeof emojiPost>>>;
let resolvers: Server;
let resolversUrl: string;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
  emoji = await plant(api.db.prisma, emojiPost);
  // The same database, answered by the resolvers alone.
  resolvers = await createServer({ db: api.db, webOrigins: [], compiledReads: false });
  await new Promise<void>((resolve) => resolvers.httpServer.listen(0, "127.0.0.1", resolve));
  resolversUrl = `http://127.0.0.1:${(resolvers.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await resolvers.stop();
  await api.stop();
});

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, path: response.headers.get(READ_PATH_HEADER), body: await response.text() };
}

/** Sends the query to both paths; the bodies must be the same bytes. Counts the SQL statements of the first. */
async function bothWays(query: string, variables: Record<string, unknown> = {}) {
  api.sql.length = 0;
  const compiled = await post(api.url, query, variables);
  const statements = api.sql.length;
  const resolved = await post(resolversUrl, query, variables);
  expect(compiled.body).toBe(resolved.body);
  expect(compiled.status).toBe(resolved.status);
  return { ...compiled, statements };
}

const report = () => api.records.sources.report.slug;

describe("a query whose every root field compiles", () => {
  const published: [string, DocumentNode, () => Record<string, unknown>][] = [
    ["Timeline", TimelineDocument, () => ({ ...day, first: 100 })],
    ["DayOrder", DayOrderDocument, () => ({ date: "2020-03-05" })],
    ["RangeEvents", RangeEventsDocument, () => ({ dates: { from: "2020-03-01", to: "2020-04-01" }, first: 3 })],
    ["Timeline by local date", TimelineDocument, () => ({ date: "2020-03-05", first: 100 })],
    ["Event", EventDocument, () => ({ slug: api.records.events.talks.slug })],
    ["Actor", ActorDocument, () => ({ slug: api.records.actors.holt.slug, first: 2 })],
    ["ActorName", ActorNameDocument, () => ({ slug: api.records.actors.holt.slug })],
    ["Statements", StatementsDocument, () => ({ speaker: api.records.actors.marek.slug, first: 3 })],
    ["SourceStatements", SourceStatementsDocument, () => ({ source: report(), first: 5 })],
    ["Source", SourceDocument, () => ({ slug: report() })],
    ["Topic", TopicDocument, () => ({ slug: Object.values(api.records.topics)[0]!.slug })],
  ];

  it.each(published)(
    "answers the published %s in one SQL statement, the resolvers' answer byte for byte",
    async (_name, document, variables) => {
      const answer = await bothWays(print(document), variables());
      expect(answer.path).toBe("compiled");
      expect(JSON.parse(answer.body).errors).toBeUndefined();
      expect(answer.statements).toBe(1);
    },
  );

  it("pages forwards and backwards, with aliases, fragments, __typename and @skip/@include, as the resolvers do", async () => {
    const query = /* GraphQL */ `
      query ($from: DateTime!, $to: DateTime!, $first: Int, $after: String, $last: Int, $before: String, $withTopics: Boolean!) {
        __typename
        day: timeline(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {
          __typename
          count: totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            cursor
            node {
              ...card
              first: statements(first: 1) {
                edges {
                  node {
                    slug
                  }
                }
                pageInfo {
                  endCursor
                  hasNextPage
                }
              }
            }
          }
        }
      }
      fragment card on Event {
        __typename
        id
        slug
        startsAt
        ... on Event {
          title
          topics @include(if: $withTopics) {
            name
          }
        }
        place @skip(if: $withTopics) {
          name
        }
      }
    `;
    const first = await bothWays(query, { ...day, first: 2, withTopics: true });
    expect(first.path).toBe("compiled");
    const { endCursor } = JSON.parse(first.body).data.day.pageInfo;
    expect((await bothWays(query, { ...day, first: 2, after: endCursor, withTopics: false })).path).toBe("compiled");
    expect((await bothWays(query, { ...day, last: 2, before: endCursor, withTopics: true })).path).toBe("compiled");
    expect((await bothWays(query, { ...day, last: 3, withTopics: false })).path).toBe("compiled");
    expect((await bothWays(query, { ...day, first: 0, withTopics: false })).path).toBe("compiled");
  });

  it("reads a node by its global id, and null for none", async () => {
    const { data } = await api.graphql<{ event: { id: string } }>(`query ($slug: String!) { event(slug: $slug) { id } }`, {
      slug: api.records.events.talks.slug,
    });
    const query = `query ($id: ID!) { node(id: $id) { __typename id ... on Event { slug statements(first: 2) { totalCount } } } }`;
    expect((await bothWays(query, { id: data!.event.id })).path).toBe("compiled");
    expect((await bothWays(print(NodeDocument), { id: data!.event.id })).path).toBe("compiled");
    expect((await bothWays(`{ event(slug: "nothing-of-the-kind") { slug } }`)).path).toBe("compiled");
    const missing = Buffer.from("Topic:00000000-0000-7000-8000-000000000000").toString("base64");
    const many = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Event { title } ... on Topic { name } } }`;
    expect((await bothWays(many, { ids: [data!.event.id, missing, data!.event.id] })).path).toBe("compiled");
    expect((await bothWays(many, { ids: [] })).path).toBe("compiled");
  });
});

describe("the lists' filters", () => {
  const timeline = `query ($from: DateTime!, $to: DateTime!, $kinds: [EventKind!], $statuses: [EventStatus!], $actors: [String!], $topics: [String!], $participant: String, $topic: String) {
    timeline(from: $from, to: $to, kinds: $kinds, statuses: $statuses, actors: $actors, topics: $topics, participant: $participant, topic: $topic) {
      totalCount edges { node { slug } } } }`;
  it.each([
    ["kinds", { kinds: ["PRESS_CONFERENCE", "MEETING"] }],
    ["no kinds", { kinds: [] }],
    ["statuses", { statuses: ["SCHEDULED"] }],
    ["actors", { actors: ["ivo-marek", "jonas-weber"] }],
    ["no actors", { actors: [] }],
    ["topics and a participant", { topics: ["geneva-talks", "nothing-of-the-kind"], participant: "mira-holt" }],
    ["a topic that does not exist", { topic: "nothing-of-the-kind" }],
  ])("timeline with %s finds what the resolvers find", async (_case, filters) => {
    const answer = await bothWays(timeline, { from: "2020-03-01T00:00:00.000Z", to: "2020-04-01T00:00:00.000Z", ...filters });
    expect(answer.path).toBe("compiled");
  });

  const statements = `query ($kinds: [StatementKind!], $speaker: String, $event: String, $topic: String, $stance: StancePosition, $saidFrom: DateTime, $saidBefore: DateTime, $source: String) {
    statements(first: 100, kinds: $kinds, speaker: $speaker, event: $event, topic: $topic, stance: $stance, saidFrom: $saidFrom, saidBefore: $saidBefore, source: $source) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug highlights { start end } } } } }`;
  it.each([
    ["nothing", {}],
    ["kinds", { kinds: ["PARAPHRASE"] }],
    ["an event", { event: "holt-marek-talks-geneva" }],
    ["a topic", { topic: "northmark-referendum" }],
    ["a stance", { stance: "OPPOSES" }],
    ["a stance on a topic", { stance: "SUPPORTS", topic: "northmark-referendum" }],
    ["a window", { saidFrom: "2020-03-05T00:00:00.000Z", saidBefore: "2020-03-06T00:00:00.000Z" }],
    ["a speaker that does not exist", { speaker: "nobody" }],
  ])("statements with %s finds what the resolvers find", async (_case, filters) => {
    const answer = await bothWays(statements, filters);
    expect(answer.path).toBe("compiled");
  });

  it("reads a filter's topics by id when its statement runs: a topic made after the query was planned counts", async () => {
    const query = `query ($topic: String) { timeline(from: "2020-03-01T00:00:00.000Z", to: "2020-04-01T00:00:00.000Z", topic: $topic) {
      totalCount edges { node { slug } } } }`;
    const before = await bothWays(query, { topic: "talks-named-later" });
    expect(JSON.parse(before.body).data.timeline.totalCount).toBe(0);
    const { talks } = api.records.events;
    await api.db.prisma.topic.create({
      data: { slug: "talks-named-later", name: "Talks named later", events: { create: { eventId: talks.id } } },
    });
    const after = await bothWays(query, { topic: "talks-named-later" });
    expect(after.path).toBe("compiled");
    // The topic's id, then the list planned with it.
    expect(after.statements).toBe(2);
    expect(JSON.parse(after.body).data.timeline.edges).toEqual([{ node: { slug: talks.slug } }]);
  });

  it("an actor's events and statements, filtered, are the resolvers'", async () => {
    const query = `query ($slug: String!) { actor(slug: $slug) {
      events(first: 2, kinds: [PRESS_CONFERENCE, MEETING, SOCIAL_MEDIA_POST]) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } }
      later: events(last: 1, statuses: [OCCURRED]) { totalCount edges { cursor node { slug } } }
      statements(first: 1, kinds: [DIRECT_QUOTE, PARTIAL_QUOTE]) { totalCount edges { cursor node { slug } } } } }`;
    for (const actor of Object.values(api.records.actors)) expect((await bothWays(query, { slug: actor.slug })).path).toBe("compiled");
  });
});

describe("an excerpt of a text with characters outside the Basic Multilingual Plane", () => {
  it("is the text at its span in JavaScript's indices, as the resolvers give it", async () => {
    const { sources, events } = emoji;
    const query = `query ($slug: String!) { event(slug: $slug) {
      reportedBy { start end text }
      statements { edges { node { text excerpt { start end text source { slug } } } } } } }`;
    const answer = await bothWays(query, { slug: events.posting.slug });
    expect(answer.path).toBe("compiled");
    const { event } = JSON.parse(answer.body).data as {
      event: {
        reportedBy: { start: number; end: number; text: string }[];
        statements: { edges: { node: { text: string; excerpt: { start: number; end: number; text: string } } }[] };
      };
    };
    const slice = ({ start, end }: { start: number; end: number }) => sources.post.text.slice(start, end);
    expect(event.reportedBy.map((excerpt) => excerpt.text)).toEqual(["Statement 𝟏"]);
    expect(event.reportedBy.map(slice)).toEqual(["Statement 𝟏"]);
    expect(event.statements.edges.map(({ node }) => [node.excerpt.text, slice(node.excerpt)])).toEqual([
      ["We stand with 🕊️ peace, 𝐧𝐨𝐰.", "We stand with 🕊️ peace, 𝐧𝐨𝐰."],
      ["no more 𝔀𝓪𝓲𝓽𝓲𝓷𝓰", "no more 𝔀𝓪𝓲𝓽𝓲𝓷𝓰"],
    ]);
  });
});

describe("a search", () => {
  const searched = print(StatementsDocument);
  it.each([
    ["a word", { search: "Geneva" }],
    ["the start of a word", { search: "Gen" }],
    ["a phrase, or, and a word left out", { search: '"the vote" or talks -Sunday' }],
    ["words and filters", { search: "vote", kinds: ["DIRECT_QUOTE", "PARAPHRASE"], speaker: "ivo-marek" }],
    ["words nothing says", { search: "zeppelin" }],
    ["only words it cannot search", { search: "the of !" }],
    ["only spaces", { search: "   " }],
  ])("of %s ranks, counts and highlights in one SQL statement, as the resolvers do", async (_case, variables) => {
    const answer = await bothWays(searched, { ...variables, first: 3 });
    expect(answer.path).toBe("compiled");
    expect(answer.statements).toBe(1);
  });

  it("pages through its matches forwards, then back, as the resolvers do", async () => {
    type Connection = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string }[] };
    const pageOf = (body: string) => (JSON.parse(body) as { data: { statements: Connection } }).data.statements;
    let after: string | null = null;
    const cursors: string[] = [];
    for (let pages = 0; pages < 20; pages++) {
      const answer = await bothWays(searched, { search: "vote or talks or Geneva", first: 1, after });
      expect(answer.path).toBe("compiled");
      const page = pageOf(answer.body);
      cursors.push(...page.edges.map((edge) => edge.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(cursors.length).toBeGreaterThan(2);
    const pastTheEnd = await bothWays(searched, { search: "vote or talks or Geneva", first: 1, after: cursors.at(-1) });
    expect(pageOf(pastTheEnd.body).edges).toEqual([]);
    const backwards = `query ($search: String, $before: String) { statements(search: $search, last: 2, before: $before) {
      pageInfo { hasPreviousPage startCursor } edges { cursor node { slug highlights { start end } } } } }`;
    const answer = await bothWays(backwards, { search: "vote or talks or Geneva", before: cursors.at(-1) });
    expect(answer.path).toBe("compiled");
    expect(JSON.parse(answer.body).data.statements.edges.map((edge: { cursor: string }) => edge.cursor)).toEqual(cursors.slice(-3, -1));
  });

  it("of an actor's statements is the resolvers'", async () => {
    const query = `query ($slug: String!, $search: String) { actor(slug: $slug) {
      statements(first: 2, search: $search) { totalCount pageInfo { hasNextPage } edges { cursor node { slug s: highlights { e: end } } } } } }`;
    for (const actor of Object.values(api.records.actors)) {
      expect((await bothWays(query, { slug: actor.slug, search: "vote or Geneva" })).path).toBe("compiled");
    }
  });

  it("marks the words in JavaScript's indices in a text with characters outside the Basic Multilingual Plane", async () => {
    const answer = await bothWays(searched, { search: "peace", first: 5 });
    expect(answer.path).toBe("compiled");
    const { edges } = (
      JSON.parse(answer.body) as {
        data: { statements: { edges: { node: { text: string; highlights: { start: number; end: number }[] } }[] } };
      }
    ).data.statements;
    const marked = edges.flatMap(({ node }) => node.highlights.map(({ start, end }) => node.text.slice(start, end)));
    // After "🕊️", two UTF-16 code units and one character.
    expect(marked).toEqual(["peace"]);
  });

  it("writes a rank into its cursors as JavaScript writes the number", async () => {
    const ranks = [0.0607927106320858, 1, 0.1, 6.07927106320858e-5, 1.5e-6, 2.5e-7, 1e-10, 0];
    const written = await Promise.all(
      ranks.map(async (rank) => {
        const { sql: text, parameters } = sql<{ json: string }>`SELECT ${jsonFloat(sql`${rank}::float8`)} AS json`.compile(readSql);
        const [row] = await api.db.prisma.$queryRawUnsafe<{ json: string }[]>(text, ...parameters);
        return row!.json;
      }),
    );
    expect(written).toEqual(ranks.map((rank) => JSON.stringify(rank)));
  });
});

describe("a query that does not compile", () => {
  it("goes to the resolvers, saying what did not compile", async () => {
    expect((await bothWays(`{ viewer { name } event(slug: "x") { slug } }`)).path).toBe("resolvers; Query.viewer");
    expect((await bothWays(`{ actors(first: 2) { edges { node { slug } } } }`)).path).toBe("resolvers; Query.actors");
  });

  it("is refused by the resolvers as before when a list of statements has an empty window", async () => {
    const query = `query ($saidFrom: DateTime, $saidBefore: DateTime) { statements(saidFrom: $saidFrom, saidBefore: $saidBefore) { totalCount } }`;
    const answer = await bothWays(query, { saidFrom: day.to, saidBefore: day.from });
    expect(answer.path).toBe("resolvers; arguments the resolvers refuse");
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["an empty window", { from: day.to, to: day.from }],
    ["a date and a window", { ...day, date: "2020-03-05" }],
    ["a page too long", { ...day, first: 101 }],
    ["a cursor of another list", { ...day, after: "bm90IGEgY3Vyc29y" }],
    ["too many actors", { ...day, actors: Array.from({ length: 51 }, (_, index) => `a-${index}`) }],
  ])("is refused by the resolvers as before when it has %s", async (_case, variables) => {
    const query = `query ($from: DateTime!, $to: DateTime!, $date: Date, $first: Int, $after: String, $actors: [String!]) {
      timeline(from: $from, to: $to, date: $date, first: $first, after: $after, actors: $actors) { edges { node { slug } } } }`;
    const answer = await bothWays(query, variables);
    expect(answer.path).toMatch(/^resolvers; /);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
