import { rivalMinisters } from "./scenarios/rival-ministers";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, spanOf, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof rivalMinisters>;
let token: string;
let startedAt: Date;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  token = (await tokensFor(api)).writer;
  startedAt = new Date();
});
afterAll(() => api.stop());

interface ChangeData {
  changedAt: string;
  changedBy: string;
  operation: string;
  recordId: string;
  part: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
interface ChangesData {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ChangeData }[];
}

const changeFields =
  "totalCount pageInfo { hasNextPage endCursor } edges { node { changedAt changedBy operation recordId part before after } }";
const history = async (id: string, page: Record<string, unknown> = {}) =>
  (
    await api.graphql<{ history: ChangesData }>(
      `query ($id: ID!, $first: Int, $after: String) { history(id: $id, first: $first, after: $after) { ${changeFields} } }`,
      { id, ...page },
    )
  ).data!.history;
const changes = async (variables: Record<string, unknown>) =>
  api.graphql<{ changes: ChangesData }>(
    `query ($from: DateTime!, $to: DateTime!, $first: Int, $after: String) { changes(from: $from, to: $to, first: $first, after: $after) { ${changeFields} } }`,
    variables,
  );

const write = (name: string, input: unknown, selection: string) =>
  mutate<Record<string, Record<string, { id: string; version: number }>>>(api, token, name, input, selection);

describe("history", () => {
  let statementId: string;

  it("records who created, changed and deleted a statement, with the row before and after, in order", async () => {
    const text = "Sanctions are coming";
    const created = await write(
      "createStatement",
      {
        slug: "kept-in-history",
        text,
        kind: "DIRECT_QUOTE",
        speaker: "boris-bord",
        saidAt: "2021-05-04T00:00:00Z",
        timePrecision: "DAY",
        source: "rival-ministers-report",
        excerpt: spanOf(api.records.sources.report.text, text),
        topics: ["sanctions-on-ruritania"],
      },
      "statement { id }",
    );
    statementId = created.data!.createStatement!.statement!.id;
    expect(
      codesOf(await write("updateStatement", { slug: "kept-in-history", version: 1, timePrecision: "HOUR" }, "statement { id }")),
    ).toEqual([]);
    expect(codesOf(await write("deleteStatement", { slug: "kept-in-history", version: 2 }, "deletedId"))).toEqual([]);

    const { edges, totalCount } = await history(statementId);
    const summary = edges.map(({ node }) => [node.operation, node.part, node.changedBy, node.recordId]);
    expect(summary).toEqual([
      ["INSERT", "statement", "token:desk", statementId],
      ["INSERT", "statement_topic", "token:desk", statementId],
      ["UPDATE", "statement", "token:desk", statementId],
      // The delete cascades to the statement's topics.
      ["DELETE", "statement", "token:desk", statementId],
      ["DELETE", "statement_topic", "token:desk", statementId],
    ]);
    expect(totalCount).toBe(5);
    const update = edges[2]!.node;
    expect(update.before).toMatchObject({ slug: "kept-in-history", time_precision: "DAY", version: 1, text });
    expect(update.after).toMatchObject({ slug: "kept-in-history", time_precision: "HOUR", version: 2, text });
    expect(update.after).not.toHaveProperty("search_vector");
    expect(edges[0]!.node.before).toBeNull();
    expect(edges[3]!.node.after).toBeNull();
    expect(new Date(edges[0]!.node.changedAt).getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 1_000);
  });

  it("pages a record's history", async () => {
    const first = await history(statementId, { first: 2 });
    const rest = await history(statementId, { first: 10, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...rest.edges].map(({ node }) => node.operation)).toEqual(
      (await history(statementId)).edges.map(({ node }) => node.operation),
    );
  });

  it("lists every change of a time range, paged, by anyone and without a token", async () => {
    const range = { from: startedAt.toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const all = await changes({ ...range, first: 100 });
    // The statement's five, and its excerpt's: a new span of the source, made for it and dropped with it.
    expect(all.data?.changes.edges.map(({ node }) => `${node.operation} ${node.part}`)).toEqual([
      "INSERT excerpt",
      "INSERT statement",
      "INSERT statement_topic",
      "UPDATE statement",
      "DELETE statement",
      "DELETE statement_topic",
      "DELETE excerpt",
    ]);
    expect(all.data?.changes.totalCount).toBe(7);
    const firstPage = await changes({ ...range, first: 3 });
    const secondPage = await changes({ ...range, first: 4, after: firstPage.data?.changes.pageInfo.endCursor });
    expect([...firstPage.data!.changes.edges, ...secondPage.data!.changes.edges]).toEqual(all.data?.changes.edges);
    expect(codesOf(await changes({ from: range.to, to: range.from }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("names the writer of changes made outside the API: an import by its setting, anything else by database user", async () => {
    const actorId = api.records.actors.borduria.id;
    await api.db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('parley.changed_by', 'import', true)`;
      await tx.actor.update({ where: { id: actorId }, data: { description: "A state" } });
    });
    await api.db.prisma.actor.update({ where: { id: actorId }, data: { description: "A small state" } });
    const { edges } = await history(Buffer.from(`Actor:${actorId}`).toString("base64"));
    const writers = edges.filter(({ node }) => node.operation === "UPDATE").map(({ node }) => node.changedBy);
    expect(writers).toEqual(["import", expect.not.stringMatching(/^(token:|import$)/)]);
  });

  it("files a change to a part of a record under the record, whose version grows, and skips what only the database derives", async () => {
    const before = await api.db.prisma.change.count();
    expect(
      codesOf(
        await write("updateActor", { slug: "boris-bord", version: 1, names: ["Mr Bord", "the Bordurian envoy"] }, "actor { version }"),
      ),
    ).toEqual([]);
    const added = await api.db.prisma.change.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "asc" }, skip: before });
    // The name's insert, not the actor's search vector that a trigger refreshed, nor its version.
    expect(added.map((change) => [change.operation, change.tableName, change.recordId])).toEqual([
      ["INSERT", "actor_name", api.records.actors.boris.id],
    ]);
    expect((await api.db.prisma.actor.findUniqueOrThrow({ where: { slug: "boris-bord" } })).version).toBe(2);
  });
});
