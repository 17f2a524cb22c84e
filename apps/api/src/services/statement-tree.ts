import type { Prisma } from "@parley/db";
import { sourceSummary } from "./sources";

/** The statement at the other end of a relation, as a card names it. */
const relatedStatement = { include: { excerpt: true, speaker: true } } satisfies Prisma.StatementDefaultArgs;

/**
 * Everything a statement card shows: speaker, capacity, provenance, topics,
 * stances and relations both ways, as Prisma would include it. The loaders
 * read it in one SQL statement of their own (statement-tree-sql.ts), which a
 * test holds to this include; the orders are the loaders' own, so the rows
 * can stand in for what those loaders would fetch.
 */
export const statementTree = {
  excerpt: { include: { source: sourceSummary } },
  speaker: true,
  capacity: { include: { actor: true, relatedActor: true } },
  // Sorted by name in JavaScript (see primeStatementTree): sorting in the query joins the topic table once more per statement.
  topics: { include: { topic: true } },
  stances: { include: { topic: true, basis: true }, orderBy: { id: "asc" } },
  relations: { include: { to: relatedStatement }, orderBy: [{ kind: "asc" }, { toId: "asc" }] },
  relatedBy: { include: { from: relatedStatement }, orderBy: [{ kind: "asc" }, { fromId: "asc" }] },
} satisfies Prisma.StatementInclude;

export type StatementTreeRow = Prisma.StatementGetPayload<{ include: typeof statementTree }>;
