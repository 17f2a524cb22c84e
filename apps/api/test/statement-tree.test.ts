import {
  loadStatementTrees,
  loadStatementTreesOfEvents,
  type StatementTreePart,
  statementTreeParts,
} from "../src/services/statement-tree-sql";
import { statementTree, type StatementTreeRow } from "../src/services/statement-tree";
import { dayOfTalks } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api?.stop());

// Neither query orders a statement's topics (the loaders sort them by name).
const withTopicsById = (rows: StatementTreeRow[]) =>
  rows.map((row) => ({ ...row, topics: row.topics.toSorted((a, b) => a.topicId.localeCompare(b.topicId)) }));

describe("the statement tree built by SQL", () => {
  it("holds exactly what Prisma's include of the same tree holds: every column, relation and date", async () => {
    const expected = await api.db.prisma.statement.findMany({ include: statementTree, orderBy: { id: "asc" } });
    const ids = expected.map((row) => row.id);
    const actual = (await loadStatementTrees(api.db.prisma, ids)).toSorted((a, b) => a.id.localeCompare(b.id));
    expect(expected.some((row) => row.capacity && row.stances.some((stance) => stance.basis) && row.topics.length > 0)).toBe(true);
    expect(expected.some((row) => row.relations.length > 0) && expected.some((row) => row.relatedBy.length > 0)).toBe(true);
    expect(withTopicsById(actual)).toEqual(withTopicsById(expected));
  });

  it("gives an event's statements in the order they were said, as Prisma orders them", async () => {
    const eventIds = Object.values(api.records.events).map((event) => event.id);
    const expected = await api.db.prisma.statement.findMany({
      where: { eventId: { in: eventIds } },
      include: statementTree,
      orderBy: [{ saidAt: "asc" }, { excerptStart: "asc" }, { id: "asc" }],
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(withTopicsById(await loadStatementTreesOfEvents(api.db.prisma, eventIds))).toEqual(withTopicsById(expected));
  });

  it.each<{ parts: StatementTreePart[] }>([
    { parts: [] },
    { parts: ["capacity", "stances"] },
    { parts: ["topics", "relations", "relatedBy"] },
  ])(
    "with only some of a card's parts asked for ($parts), holds those parts of the whole tree and nothing of the others",
    async ({ parts }) => {
      const eventIds = Object.values(api.records.events).map((event) => event.id);
      const others = statementTreeParts.filter((part) => !parts.includes(part));
      const whole = await loadStatementTreesOfEvents(api.db.prisma, eventIds);
      const expected = withTopicsById(whole).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([key]) => !others.includes(key as StatementTreePart))),
      );
      const actual = (await loadStatementTreesOfEvents(api.db.prisma, eventIds, parts)).map((row) =>
        row.topics ? { ...row, topics: row.topics.toSorted((a, b) => a.topicId.localeCompare(b.topicId)) } : row,
      );
      expect(actual).toEqual(expected);
    },
  );
});
