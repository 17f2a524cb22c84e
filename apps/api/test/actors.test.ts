import { startTestServer, type TestServer } from "./support/test-server";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

interface ActorsData {
  actors: { totalCount: number; edges: { node: { slug: string; kind: string } }[] };
}

describe("actors", () => {
  it("lists every actor the article names", async () => {
    const { data } = await api.graphql<ActorsData>(`{ actors(first: 100) { totalCount edges { node { slug kind } } } }`);
    expect(data?.actors.totalCount).toBe(17);
    expect(data?.actors.edges.map((edge) => edge.node.slug)).toEqual(
      expect.arrayContaining(["john-kerry", "sergei-lavrov", "william-hague", "mfa-russia-account", "crimea", "european-union"]),
    );
  });

  it("finds an actor by a name the sources use for it", async () => {
    const { data } = await api.graphql<ActorsData>(`{ actors(search: "russian foreign minister") { edges { node { slug } } } }`);
    expect(data?.actors.edges.map((edge) => edge.node.slug)).toEqual(["sergei-lavrov"]);
  });

  it("filters by kind", async () => {
    const { data } = await api.graphql<ActorsData>(`{ actors(kinds: [PERSON]) { edges { node { slug } } } }`);
    expect(data?.actors.edges.map((edge) => edge.node.slug)).toEqual(["john-kerry", "sergei-lavrov", "william-hague"]);
  });

  it("shows an actor's names, ties with their attested interval, statements and events", async () => {
    const { data, errors } = await api.graphql<{
      actor: {
        name: string;
        names: string[];
        ties: { kind: string; title: string | null; validFrom: string; validTo: string; relatedActor: { slug: string }; attestedBy: { text: string } }[];
        statements: { totalCount: number; edges: { node: { speaker: { slug: string } } }[] };
        events: { edges: { node: { slug: string } }[] };
      };
    }>(`{
      actor(slug: "sergei-lavrov") {
        name names
        ties { kind title validFrom validTo relatedActor { slug } attestedBy { text } }
        statements(first: 100) { totalCount edges { node { speaker { slug } } } }
        events { edges { node { slug } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.actor.names).toEqual(expect.arrayContaining(["Mr Lavrov", "the Russian foreign minister"]));
    expect(data?.actor.ties).toEqual([
      {
        kind: "HOLDS_OFFICE_IN",
        title: "Foreign Minister",
        validFrom: "2014-03-14",
        validTo: "2014-03-14",
        relatedActor: { slug: "russia" },
        attestedBy: { text: "the Russian foreign minister" },
      },
    ]);
    expect(data?.actor.statements.totalCount).toBe(11);
    expect(data?.actor.statements.edges.every((edge) => edge.node.speaker.slug === "sergei-lavrov")).toBe(true);
    expect(data?.actor.events.edges.map((edge) => edge.node.slug)).toEqual(["kerry-lavrov-talks-london", "lavrov-press-conference-london"]);
  });

  it("shows who operates an account", async () => {
    const { data } = await api.graphql<{ actor: { ties: { kind: string; actor: { slug: string } }[] } }>(`{
      actor(slug: "mfa-russia-account") { ties { kind actor { slug } } }
    }`);
    expect(data?.actor.ties).toEqual([{ kind: "OPERATES_ACCOUNT", actor: { slug: "russian-ministry-of-foreign-affairs" } }]);
  });
});
