import { uniformDay } from "./scenarios/uniform-day";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

// The day as the contract shows it: events, who took part, what was said, by whom, where it is written.
const dayQuery = /* GraphQL */ `
  query ($first: Int!) {
    timeline(from: "2020-01-01T00:00:00Z", to: "2020-01-02T00:00:00Z", first: $first) {
      edges { node {
        id slug title kind startsAt timePrecision
        participants { role actor { id slug name kind } }
        statements(first: 100) { edges { node { id text kind speaker { id slug name kind } excerpt { start end source { id title } } } } }
      } }
    }
  }
`;

let api: ScenarioServer<ReturnType<typeof uniformDay>>;
beforeAll(async () => {
  api = await startTestServerWith(uniformDay(10));
});
afterAll(() => api.stop());

async function sqlFor(query: string, first: number): Promise<{ items: number; sql: number }> {
  api.sql.length = 0;
  const { data, errors } = await api.graphql<{ timeline: { edges: unknown[] } }>(query, { first });
  expect(errors).toBeUndefined();
  return { items: data?.timeline.edges.length ?? 0, sql: api.sql.length };
}

// Nested connections of actors are counted in batching.test.ts.
describe("SQL statements per request", () => {
  it("serves the day in at most three, whatever the page size", async () => {
    const [one, ten] = [await sqlFor(dayQuery, 1), await sqlFor(dayQuery, 10)];
    expect([one.items, ten.items]).toEqual([1, 10]);
    expect(ten.sql).toBe(one.sql);
    expect(ten.sql).toBeLessThanOrEqual(3);
  });
});
