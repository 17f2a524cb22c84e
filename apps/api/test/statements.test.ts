import { startTestServer, type TestServer } from "./support/test-server";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

interface StatementsData {
  statements: { totalCount: number; edges: { node: { slug: string; text: string; kind: string; speaker: { slug: string } } }[] };
}

const statements = (variables: Record<string, unknown>) =>
  api.graphql<StatementsData>(
    `query ($search: String, $speaker: String, $kinds: [StatementKind!], $event: String, $topic: String, $first: Int) {
      statements(search: $search, speaker: $speaker, kinds: $kinds, event: $event, topic: $topic, first: $first) {
        totalCount
        edges { node { slug text kind speaker { slug } } }
      }
    }`,
    variables,
  );

const slugsOf = (data: StatementsData | null | undefined) => data?.statements.edges.map((edge) => edge.node.slug);

describe("statements", () => {
  it("lists every statement of the day, in the order the article gives them", async () => {
    const { data } = await statements({ first: 100 });
    expect(data?.statements.totalCount).toBe(22);
    expect(slugsOf(data)?.slice(0, 3)).toEqual([
      "kerry-keen-for-choices-of-ukrainians-to-be-respected",
      "lavrov-keen-for-choices-of-ukrainians-to-be-respected",
      "lavrov-talks-useful-but-disagreements",
    ]);
  });

  it("finds the words of a search in statement text, in any case, all of them", async () => {
    const precedents = await statements({ search: "PRECEDENTS" });
    expect(slugsOf(precedents.data)?.sort()).toEqual([
      "lavrov-crimea-dispute-needs-historic-precedents",
      "lavrov-there-are-precedents-of-course",
    ]);
    expect(slugsOf((await statements({ search: "precedents international" })).data)).toEqual([
      "lavrov-there-are-precedents-of-course",
    ]);
    expect((await statements({ search: "precedents sanctions" })).data?.statements.totalCount).toBe(0);
  });

  it("filters by speaker, kind, event and topic", async () => {
    const hague = await statements({ speaker: "william-hague" });
    expect(hague.data?.statements.edges.every((edge) => edge.node.speaker.slug === "william-hague")).toBe(true);
    expect(hague.data?.statements.totalCount).toBe(4);

    const quotes = await statements({ kinds: ["DIRECT_QUOTE"], first: 100 });
    expect(quotes.data?.statements.totalCount).toBe(11);
    expect(quotes.data?.statements.edges.every((edge) => edge.node.kind === "DIRECT_QUOTE")).toBe(true);

    expect((await statements({ event: "mfa-russia-break-is-over-post" })).data?.statements.edges).toEqual([
      { node: expect.objectContaining({ text: "Break is over. Match continues.", speaker: { slug: "mfa-russia-account" } }) },
    ]);
    expect((await statements({ topic: "consequences-for-russia", speaker: "john-kerry" })).data?.statements.totalCount).toBe(2);
  });

  it("shows the same words meaning opposite things, through stances and relations", async () => {
    const { data } = await api.graphql<{
      statement: {
        text: string;
        capacity: { title: string; relatedActor: { name: string } };
        stances: { position: string; topic: { slug: string }; basis: { text: string } }[];
        relations: { kind: string; statement: { speaker: { slug: string }; stances: { position: string }[] } }[];
      };
    }>(`{
      statement(slug: "kerry-keen-for-choices-of-ukrainians-to-be-respected") {
        text
        capacity { title relatedActor { name } }
        stances { position topic { slug } basis { text } }
        relations { kind statement { speaker { slug } stances { position } } }
      }
    }`);
    expect(data?.statement.capacity).toEqual({ title: "Secretary of State", relatedActor: { name: "United States" } });
    expect(data?.statement.stances).toEqual([
      {
        position: "OPPOSES",
        topic: { slug: "crimean-referendum" },
        basis: { text: "When Mr Kerry talks of respecting the choices of Ukrainians, he means the opposite to Mr Lavrov." },
      },
    ]);
    expect(data?.statement.relations).toEqual([
      { kind: "CONTRADICTS", statement: { speaker: { slug: "sergei-lavrov" }, stances: [{ position: "SUPPORTS" }] } },
    ]);
  });

  it("links a quote broken by 'he said' into one chain, both ways", async () => {
    const { data } = await api.graphql<{
      statement: { relatedBy: { kind: string; statement: { slug: string } }[]; relations: { kind: string; statement: { slug: string } }[] };
    }>(`{
      statement(slug: "lavrov-crimea-really-important-for-russia") {
        relations { kind statement { slug } }
        relatedBy { kind statement { slug } }
      }
    }`);
    expect(data?.statement.relations).toEqual([{ kind: "CONTINUES", statement: { slug: "lavrov-there-are-precedents-of-course" } }]);
    expect(data?.statement.relatedBy).toEqual([
      { kind: "CONTINUES", statement: { slug: "lavrov-crimea-means-more-than-falklands-or-comoros" } },
    ]);
  });

  it("refetches any statement, event, actor, source or topic by its global id", async () => {
    const { data } = await api.graphql<{
      statement: { id: string; event: { id: string }; speaker: { id: string }; excerpt: { source: { id: string } }; topics: { id: string }[] };
    }>(`{
      statement(slug: "mfa-russia-break-is-over-match-continues") {
        id event { id } speaker { id } excerpt { source { id } } topics { id }
      }
    }`);
    const statement = data!.statement;
    const ids = [statement.id, statement.event.id, statement.speaker.id, statement.excerpt.source.id, statement.topics[0]!.id];
    const { data: nodes } = await api.graphql<{ nodes: { __typename: string; id: string }[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids },
    );
    expect(nodes?.nodes.map((node) => node.__typename)).toEqual(["Statement", "Event", "Actor", "Source", "Topic"]);
    expect(nodes?.nodes.map((node) => node.id)).toEqual(ids);
  });

  it("answers null for a well-formed id that names nothing", async () => {
    const missing = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64");
    const { data, errors } = await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: missing });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null });
  });
});
