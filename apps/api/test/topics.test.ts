import { rivalMinisters } from "./scenarios/rival-ministers";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof rivalMinisters>;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
});
afterAll(() => api.stop());

interface TopicsData {
  topics: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { slug: string; name: string } }[];
  };
}

const topicsQuery = /* GraphQL */ `
  query ($first: Int, $after: String) {
    topics(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          name
        }
      }
    }
  }
`;

describe("topics", () => {
  it("lists every topic by slug, page by page", async () => {
    const slugs = Object.values(rivalMinisters.topics)
      .map((topic) => topic.slug)
      .sort();
    const first = await api.graphql<TopicsData>(topicsQuery, { first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.topics).toMatchObject({ totalCount: slugs.length, pageInfo: { hasNextPage: true } });
    const rest = await api.graphql<TopicsData>(topicsQuery, { first: 10, after: first.data?.topics.pageInfo.endCursor });
    const all = [...(first.data?.topics.edges ?? []), ...(rest.data?.topics.edges ?? [])].map((edge) => edge.node.slug);
    expect(all).toEqual(slugs);
    expect(rest.data?.topics.pageInfo.hasNextPage).toBe(false);
  });
});

describe("finding topics", () => {
  const found = async (search: string) =>
    (
      await api.graphql<TopicsData>(
        `query ($search: String) { topics(search: $search, first: 10) { totalCount edges { node { slug } } } }`,
        { search },
      )
    ).data?.topics;

  it("finds topics by the beginnings of the words of their names, in any case", async () => {
    const { referendum, sanctions } = api.records.topics;
    await expect(found("bordur REFER")).resolves.toEqual({ totalCount: 1, edges: [{ node: { slug: referendum.slug } }] });
    await expect(found("sanct")).resolves.toEqual({ totalCount: 1, edges: [{ node: { slug: sanctions.slug } }] });
  });

  it("finds none where no word of a name begins so", async () => {
    await expect(found("zeppelin")).resolves.toEqual({ totalCount: 0, edges: [] });
  });
});
