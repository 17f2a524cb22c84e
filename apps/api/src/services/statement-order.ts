import { Prisma } from "@parley/db";
import { cursorValue } from "../paging/cursor";
import type { SqlSortKey } from "../paging/keyset";

/** Statements are read with their excerpt: it is shown with every statement. */
export const statementInclude = { excerpt: true } satisfies Prisma.StatementInclude;
export type StatementRow = Prisma.StatementGetPayload<{ include: typeof statementInclude }>;

/**
 * Statements in the order they were said: by time, then, for statements of
 * the same time (a day, often), in the order their source gives them (the
 * excerpt's start, which the table copies so that an index serves the order).
 * Every key sorts the same in SQL and in JavaScript (ISO instants, integers,
 * UUIDs), so loaded lists page like queried ones.
 */
export const statementKeys: SqlSortKey<StatementRow>[] = [
  { column: Prisma.sql`said_at`, type: "timestamptz", read: (row) => row.saidAt.toISOString(), check: cursorValue.date },
  { column: Prisma.sql`excerpt_start`, type: "integer", read: (row) => row.excerptStart, check: cursorValue.integer },
  { column: Prisma.sql`id`, type: "uuid", read: (row) => row.id, check: cursorValue.uuid },
];

/** The same order as Prisma's `orderBy`, for the loaders that read statements with Prisma. */
export const statementOrderBy = [
  { saidAt: "asc" },
  { excerptStart: "asc" },
  { id: "asc" },
] satisfies Prisma.StatementOrderByWithRelationInput[];
