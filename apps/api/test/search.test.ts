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

interface SearchData {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { slug: string; text: string; highlights: { start: number; end: number }[] } }[];
  };
}

const search = (text: string, page: { first?: number; after?: string } = {}) =>
  api.graphql<SearchData>(
    `query ($search: String, $first: Int, $after: String) {
      statements(search: $search, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { slug text highlights { start end } } }
      }
    }`,
    { search: text, ...page },
  );

const found = async (text: string) => {
  const { data, errors } = await search(text);
  expect(errors).toBeUndefined();
  return data?.statements.edges.map((edge) => edge.node.slug);
};

describe("statement search", () => {
  it("finds words whatever their ending and case (English stemming)", async () => {
    const { statements } = scenario;
    expect((await found("SANCTION"))?.sort()).toEqual([statements.followAnnexation.slug, statements.sanctionsComing.slug].sort());
    expect(await found("respecting")).toEqual([statements.respect.slug]);
  });

  it("treats every word as a prefix", async () => {
    expect(await found("Bordu")).toEqual([scenario.statements.respect.slug]);
    expect(await found("annex")).toEqual([scenario.statements.followAnnexation.slug]);
  });

  it('reads web-search syntax: "phrases", or, -word', async () => {
    const { statements } = scenario;
    expect(await found('"choices of the people"')).toEqual([statements.respect.slug]);
    expect(await found('"people choices"')).toEqual([]);
    expect((await found("annexation or precedents"))?.sort()).toEqual(
      [statements.followAnnexation.slug, statements.legitimate.slug].sort(),
    );
    expect(await found("sanctions -coming")).toEqual([statements.followAnnexation.slug]);
  });

  it("ranks the best match first", async () => {
    // "Sanctions are coming, and sanctions will hurt." names them twice.
    expect(await found("sanctions")).toEqual([scenario.statements.sanctionsComing.slug, scenario.statements.followAnnexation.slug]);
  });

  it("gives the spans of the text that matched", async () => {
    const { data } = await search("respect choices");
    const [edge] = data?.statements.edges ?? [];
    expect(edge?.node.highlights.map((span) => edge.node.text.slice(span.start, span.end))).toEqual(["respect", "choices"]);
  });

  it("pages through ranked results without repeating or losing one", async () => {
    const first = await search("sanctions", { first: 1 });
    expect(first.data?.statements).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await search("sanctions", { first: 1, after: first.data!.statements.pageInfo.endCursor! });
    expect(second.data?.statements.edges.map((edge) => edge.node.slug)).toEqual([scenario.statements.followAnnexation.slug]);
    expect(second.data?.statements.pageInfo.hasNextPage).toBe(false);
  });

  it("counts every match on every page, the last and the empty one past it included", async () => {
    const first = await search("sanctions", { first: 1 });
    const second = await search("sanctions", { first: 1, after: first.data!.statements.pageInfo.endCursor! });
    const pastTheEnd = await search("sanctions", { first: 1, after: second.data!.statements.pageInfo.endCursor! });
    expect(pastTheEnd.data?.statements.edges).toEqual([]);
    expect([first, second, pastTheEnd].map((page) => page.data?.statements.totalCount)).toEqual([2, 2, 2]);
  });

  it("matches nothing, without an error, for words it cannot search (only stop words, punctuation)", async () => {
    expect(await found("the of")).toEqual([]);
    expect(await found('"" -')).toEqual([]);
  });

  it("refuses a cursor of the said-at order in a ranked search", async () => {
    const ordered = await api.graphql<SearchData>(
      `{ statements(first: 1) { pageInfo { hasNextPage endCursor } totalCount edges { node { slug text highlights { start end } } } } }`,
    );
    const { errors } = await search("sanctions", { after: ordered.data!.statements.pageInfo.endCursor! });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("actor search", () => {
  const actors = (variables: Record<string, unknown>) =>
    api.graphql<{ actors: { edges: { node: { slug: string } }[] } }>(
      `query ($search: String, $kinds: [ActorKind!]) { actors(search: $search, kinds: $kinds) { edges { node { slug } } } }`,
      variables,
    );
  const slugs = async (variables: Record<string, unknown>) => (await actors(variables)).data?.actors.edges.map((edge) => edge.node.slug);

  it("finds actors by the beginnings of the words of their names, by name", async () => {
    expect(await slugs({ search: "bor" })).toEqual([scenario.actors.borduria.slug, scenario.actors.boris.slug]);
  });

  it("finds actors by the names sources use for them", async () => {
    expect(await slugs({ search: "foreign minister" })).toEqual([scenario.actors.anna.slug]);
    expect(await slugs({ search: "Mr Bord" })).toEqual([scenario.actors.boris.slug]);
  });

  it("filters by kind", async () => {
    expect(await slugs({ search: "bor", kinds: ["STATE"] })).toEqual([scenario.actors.borduria.slug]);
  });

  it("keeps the search current when a name is added", async () => {
    const anna = await api.db.prisma.actor.findUniqueOrThrow({ where: { slug: scenario.actors.anna.slug } });
    await api.db.prisma.actorName.create({ data: { actorId: anna.id, name: "the Iron Lady of Ruritania" } });
    expect(await slugs({ search: "iron lady" })).toEqual([scenario.actors.anna.slug]);
  });
});
