import { dayOfTalks } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api.stop());

interface ActorsData {
  actors: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { slug: string; name: string; kind: string } }[];
  };
}

const actors = (variables: Record<string, unknown>) =>
  api.graphql<ActorsData>(
    `query ($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {
      actors(search: $search, kinds: $kinds, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { slug name kind } }
      }
    }`,
    variables,
  );

const slugsOf = (data: ActorsData | null | undefined) => data?.actors.edges.map((edge) => edge.node.slug);

describe("actors", () => {
  it("lists every actor by name", async () => {
    const { data } = await actors({ first: 100 });
    expect(data?.actors.edges.map((edge) => edge.node.name)).toEqual([
      "Eastland",
      "EastlandMFA",
      "Foreign Ministry of Eastland",
      "Ivo Marek",
      "Jonas Weber",
      "Mira Holt",
      "Northmark",
      "Westland",
    ]);
    expect(data?.actors.totalCount).toBe(Object.keys(api.records.actors).length);
  });

  it("pages through actors by name, each once", async () => {
    const all = slugsOf((await actors({ first: 100 })).data);
    const first = (await actors({ first: 3 })).data;
    expect(first?.actors.pageInfo.hasNextPage).toBe(true);
    const rest = (await actors({ first: 100, after: first?.actors.pageInfo.endCursor })).data;
    expect(rest?.actors.pageInfo.hasNextPage).toBe(false);
    expect([...(slugsOf(first) ?? []), ...(slugsOf(rest) ?? [])]).toEqual(all);
  });

  it("finds an actor by a name the sources use for it", async () => {
    expect(slugsOf((await actors({ search: "eastland foreign minister" })).data)).toEqual([api.records.actors.marek.slug]);
    expect(slugsOf((await actors({ search: "Holt" })).data)).toEqual([api.records.actors.holt.slug]);
  });

  it("filters by kind", async () => {
    const { holt, marek, weber } = api.records.actors;
    expect(slugsOf((await actors({ kinds: ["PERSON"] })).data)).toEqual([marek.slug, weber.slug, holt.slug]);
  });

  it("shows an actor's names, ties with their attested interval, statements and events", async () => {
    const { actors: named, events, statements } = api.records;
    const { data, errors } = await api.graphql<{
      actor: {
        name: string;
        names: string[];
        ties: {
          kind: string;
          title: string | null;
          validFrom: string;
          validTo: string;
          relatedActor: { slug: string };
          attestedBy: { text: string };
        }[];
        statements: { totalCount: number; edges: { node: { slug: string; speaker: { slug: string } } }[] };
        events: { edges: { node: { slug: string } }[] };
      };
    }>(
      `query ($slug: String!) {
        actor(slug: $slug) {
          name names
          ties { kind title validFrom validTo relatedActor { slug } attestedBy { text } }
          statements(first: 100) { totalCount edges { node { slug speaker { slug } } } }
          events { edges { node { slug } } }
        }
      }`,
      { slug: named.marek.slug },
    );
    expect(errors).toBeUndefined();
    expect(data?.actor.names).toEqual(expect.arrayContaining(["Mr Marek", "the Eastland Foreign Minister"]));
    expect(data?.actor.ties).toEqual([
      {
        kind: "HOLDS_OFFICE_IN",
        title: "Foreign Minister",
        validFrom: "2020-03-05",
        validTo: "2020-03-05",
        relatedActor: { slug: named.eastland.slug },
        attestedBy: { text: "the Eastland Foreign Minister" },
      },
    ]);
    expect(data?.actor.statements.edges.map((edge) => edge.node.slug)).toEqual(
      [statements.marekWishes, statements.marekVoteGoesAhead, statements.marekTalksUseful].map((statement) => statement.slug),
    );
    expect(data?.actor.statements.totalCount).toBe(3);
    expect(data?.actor.events.edges.map((edge) => edge.node.slug)).toEqual([events.talks.slug, events.marekPressConference.slug]);
  });

  it("shows who operates an account", async () => {
    const { account, ministry } = api.records.actors;
    const { data } = await api.graphql<{ actor: { ties: { kind: string; actor: { slug: string } }[] } }>(
      `query ($slug: String!) { actor(slug: $slug) { ties { kind actor { slug } } } }`,
      { slug: account.slug },
    );
    expect(data?.actor.ties).toEqual([{ kind: "OPERATES_ACCOUNT", actor: { slug: ministry.slug } }]);
  });
});
