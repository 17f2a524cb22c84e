import { seedUniformDay } from "./scenarios/uniform-day";
import { startTestServer, type TestServer } from "./support/test-server";

// A timeline page as the web asks for it: every relation the page shows.
const pageQuery = /* GraphQL */ `
  query ($first: Int!) {
    timeline(from: "2020-01-01T00:00:00Z", to: "2020-01-02T00:00:00Z", first: $first) {
      edges {
        node {
          slug
          participants { role actor { name names } }
          topics { name }
          statements(first: 100) {
            edges {
              node {
                text
                speaker { name }
                capacity { title relatedActor { name } }
                excerpt { start text source { title } }
                stances { position topic { name } basis { text } }
                relations { kind statement { text speaker { name } } }
              }
            }
          }
        }
      }
    }
  }
`;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
  await seedUniformDay(api.db.prisma, 10);
});
afterAll(() => api.stop());

async function countStatements(first: number): Promise<{ events: number; sql: number }> {
  api.sql.length = 0;
  const { data, errors } = await api.graphql<{ timeline: { edges: unknown[] } }>(pageQuery, { first });
  expect(errors).toBeUndefined();
  return { events: data?.timeline.edges.length ?? 0, sql: api.sql.length };
}

describe("relations are batched per request", () => {
  it("sends as many SQL statements for a page of one event as for a page of ten", async () => {
    const one = await countStatements(1);
    const four = await countStatements(4);
    const ten = await countStatements(10);

    expect([one.events, four.events, ten.events]).toEqual([1, 4, 10]);
    expect(four.sql).toBe(one.sql);
    expect(ten.sql).toBe(one.sql);
    // One per level of the query, not one per event: a page of ten without batching would need well over a hundred.
    expect(one.sql).toBeLessThan(20);
  });
});
