import { dayOfTalks } from "./scenarios/day-of-talks";
import { rivalMinisters } from "./scenarios/rival-ministers";
import { plant } from "../src/testing/scenario";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

// Two scenarios, two sources: each source's statements must come alone.
let api: ScenarioServer<typeof rivalMinisters>;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  await plant(api.db.prisma, dayOfTalks);
});
afterAll(() => api.stop());

async function statementsIn(variables: Record<string, unknown>) {
  const { data, errors } = await api.graphql<{ statements: { totalCount: number; edges: { node: { slug: string } }[] } }>(
    `query ($source: String, $speaker: String) {
      statements(source: $source, speaker: $speaker, first: 100) { totalCount edges { node { slug } } }
    }`,
    variables,
  );
  expect(errors).toBeUndefined();
  return data?.statements;
}

describe("statements(source:)", () => {
  it("returns the statements read from one source, none from another", async () => {
    const found = await statementsIn({ source: "rival-ministers-report" });
    expect(found?.edges.map((edge) => edge.node.slug).sort()).toEqual(
      Object.values(rivalMinisters.statements)
        .map((statement) => statement.slug)
        .sort(),
    );
    expect(found?.totalCount).toBe(Object.keys(rivalMinisters.statements).length);
  });

  it("combines with the other filters", async () => {
    const found = await statementsIn({ source: "2020-03-05-holt-marek-geneva", speaker: "ivo-marek" });
    expect(found?.edges.length).toBeGreaterThan(0);
    expect(found?.edges.every((edge) => edge.node.slug.startsWith("marek-"))).toBe(true);
  });

  it("finds nothing for a source it does not know", async () => {
    await expect(statementsIn({ source: "no-such-source" })).resolves.toMatchObject({ totalCount: 0, edges: [] });
  });
});
