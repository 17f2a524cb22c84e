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

// Nested connections: each actor's statements and events, with counts.
const actorsQuery = /* GraphQL */ `
  query ($first: Int!) {
    actors(first: $first) {
      edges { node {
        slug
        statements(first: 5) { totalCount edges { node { text excerpt { source { title } } } } }
        events(first: 5) { totalCount edges { node { slug } } }
      } }
    }
  }
`;

let api: ScenarioServer<ReturnType<typeof uniformDay>>;
beforeAll(async () => {
  api = await startTestServerWith(uniformDay(10));
});
afterAll(() => api.stop());

async function sqlFor(query: string, first: number, list: "timeline" | "actors"): Promise<{ items: number; sql: number }> {
  api.sql.length = 0;
  const { data, errors } = await api.graphql<Record<string, { edges: unknown[] }>>(query, { first });
  expect(errors).toBeUndefined();
  return { items: data?.[list]?.edges.length ?? 0, sql: api.sql.length };
}

describe("SQL statements per request", () => {
  it("serves the day in at most three, whatever the page size", async () => {
    const [one, ten] = [await sqlFor(dayQuery, 1, "timeline"), await sqlFor(dayQuery, 10, "timeline")];
    expect([one.items, ten.items]).toEqual([1, 10]);
    expect(ten.sql).toBe(one.sql);
    expect(ten.sql).toBeLessThanOrEqual(3);
  });

  it("loads nested connections of a page of actors in a fixed number, not one per actor", async () => {
    const [five, twenty] = [await sqlFor(actorsQuery, 5, "actors"), await sqlFor(actorsQuery, 20, "actors")];
    expect([five.items, twenty.items]).toEqual([5, 20]);
    expect(twenty.sql).toBe(five.sql);
  });
});
