import { rivalMinisters } from "./scenarios/rival-ministers";
import type { Planted } from "../src/testing/scenario";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof rivalMinisters>;
let scenario: Planted<typeof rivalMinisters>;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  scenario = api.records;
});
afterAll(() => api.stop());

type Slugged = { edges: { cursor: string; node: { slug: string } }[] };
const slugsOf = (list: Slugged | undefined) => list?.edges.map((edge) => edge.node.slug);

const week = { from: "2021-05-03T00:00:00Z", to: "2021-05-10T00:00:00Z" };

async function timeline(variables: Record<string, unknown>) {
  const { data, errors } = await api.graphql<{ timeline: Slugged }>(
    `query ($from: DateTime!, $to: DateTime!, $actors: [String!], $topics: [String!], $kinds: [EventKind!], $statuses: [EventStatus!], $last: Int, $before: String) {
      timeline(from: $from, to: $to, actors: $actors, topics: $topics, kinds: $kinds, statuses: $statuses, last: $last, before: $before) {
        edges { cursor node { slug } }
      }
    }`,
    { ...week, ...variables },
  );
  expect(errors).toBeUndefined();
  return data?.timeline;
}

async function statements(variables: Record<string, unknown>) {
  const { data, errors } = await api.graphql<{ statements: Slugged }>(
    `query ($speaker: String, $event: String, $kinds: [StatementKind!], $topic: String, $stance: StancePosition, $saidFrom: DateTime, $saidBefore: DateTime) {
      statements(speaker: $speaker, event: $event, kinds: $kinds, topic: $topic, stance: $stance, saidFrom: $saidFrom, saidBefore: $saidBefore) {
        edges { cursor node { slug } }
      }
    }`,
    variables,
  );
  expect(errors).toBeUndefined();
  return slugsOf(data?.statements);
}

describe("timeline filters", () => {
  it("keeps the events any of the given actors took part in", async () => {
    const { events, actors } = scenario;
    expect(slugsOf(await timeline({ actors: [actors.boris.slug] }))).toEqual([events.talks.slug, events.presser.slug]);
    expect(slugsOf(await timeline({ actors: [actors.anna.slug, actors.borduria.slug] }))).toEqual([
      events.talks.slug,
      events.referendum.slug,
    ]);
  });

  it("keeps the events about any of the given topics", async () => {
    expect(slugsOf(await timeline({ topics: [scenario.topics.sanctions.slug] }))).toEqual([scenario.events.presser.slug]);
    expect(slugsOf(await timeline({ topics: [scenario.topics.sanctions.slug, "no-such-topic"] }))).toEqual([scenario.events.presser.slug]);
    expect(slugsOf(await timeline({ topics: ["no-such-topic"] }))).toEqual([]);
  });

  it("keeps the events of the given kinds and statuses", async () => {
    expect(slugsOf(await timeline({ kinds: ["REFERENDUM", "PRESS_CONFERENCE"] }))).toEqual([
      scenario.events.presser.slug,
      scenario.events.referendum.slug,
    ]);
    expect(slugsOf(await timeline({ statuses: ["SCHEDULED"] }))).toEqual([scenario.events.referendum.slug]);
    expect(slugsOf(await timeline({ kinds: [] }))).toEqual([]);
  });

  it("pages backwards with last and before", async () => {
    const lastTwo = await timeline({ last: 2 });
    expect(slugsOf(lastTwo)).toEqual([scenario.events.presser.slug, scenario.events.referendum.slug]);
    expect(slugsOf(await timeline({ last: 2, before: lastTwo?.edges[0]?.cursor }))).toEqual([scenario.events.talks.slug]);
  });
});

describe("statement filters", () => {
  it("keeps a speaker's statements", async () => {
    const { statements: s, actors } = scenario;
    expect(await statements({ speaker: actors.boris.slug })).toEqual([s.followAnnexation.slug, s.sanctionsComing.slug]);
  });

  it("keeps the statements of an event, of kinds, about a topic", async () => {
    const { statements: s, events, topics } = scenario;
    expect(await statements({ event: events.presser.slug })).toEqual([s.sanctionsComing.slug, s.legitimate.slug]);
    expect(await statements({ kinds: ["PARAPHRASE", "PARTIAL_QUOTE"] })).toEqual([s.followAnnexation.slug, s.legitimate.slug]);
    expect(await statements({ topic: topics.sanctions.slug })).toEqual([s.sanctionsComing.slug]);
    expect(await statements({ topic: "no-such-topic" })).toEqual([]);
    expect(await statements({ topic: "no-such-topic", stance: "SUPPORTS" })).toEqual([]);
  });

  it("keeps the statements taking a stance, on a topic when one is given", async () => {
    const { statements: s, topics } = scenario;
    expect(await statements({ stance: "OPPOSES" })).toEqual([s.followAnnexation.slug]);
    expect(await statements({ stance: "SUPPORTS", topic: topics.referendum.slug })).toEqual([s.respect.slug, s.legitimate.slug]);
  });

  it("keeps the statements said in a time range", async () => {
    const { statements: s } = scenario;
    expect(await statements({ saidFrom: "2021-05-04T00:00:00Z" })).toEqual([s.sanctionsComing.slug, s.legitimate.slug]);
    expect(await statements({ saidBefore: "2021-05-04T00:00:00Z" })).toEqual([s.respect.slug, s.followAnnexation.slug]);
    const { errors } = await api.graphql(
      `{ statements(saidFrom: "2021-05-05T00:00:00Z", saidBefore: "2021-05-04T00:00:00Z") { totalCount } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("an actor's lists", () => {
  it("page backwards too, and filter as the root lists do", async () => {
    const { data, errors } = await api.graphql<{ actor: { events: Slugged; statements: Slugged } }>(
      `query ($slug: String!) { actor(slug: $slug) {
        events(last: 1) { edges { cursor node { slug } } }
        statements(stance: SUPPORTS) { edges { cursor node { slug } } }
      } }`,
      { slug: scenario.actors.boris.slug },
    );
    expect(errors).toBeUndefined();
    expect(slugsOf(data?.actor.events)).toEqual([scenario.events.presser.slug]);
    expect(slugsOf(data?.actor.statements)).toEqual([scenario.statements.sanctionsComing.slug]);
  });
});

describe("nodes", () => {
  it("refetches several objects by global id, in order, with null for an unknown one", async () => {
    const listed = await api.graphql<{ actors: { edges: { node: { id: string; slug: string } }[] } }>(
      `{ actors { edges { node { id slug } } } }`,
    );
    const ids = listed.data!.actors.edges.map((edge) => edge.node.id);
    const unknown = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64");
    const { data } = await api.graphql<{ nodes: ({ slug: string } | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { slug } } }`,
      { ids: [ids[1], unknown, ids[0]] },
    );
    expect(data?.nodes).toEqual([
      { slug: listed.data!.actors.edges[1]!.node.slug },
      null,
      { slug: listed.data!.actors.edges[0]!.node.slug },
    ]);
  });
});
