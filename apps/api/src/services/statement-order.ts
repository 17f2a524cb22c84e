import type { Prisma } from "@parley/db";
import { compareWith, cursorValue } from "../paging/cursor";
import type { Keyset } from "../paging/keyset";

/** Statements are read with their excerpt: it is shown with every statement, and it sorts them. */
export const statementInclude = { excerpt: true } satisfies Prisma.StatementInclude;
export type StatementRow = Prisma.StatementGetPayload<{ include: typeof statementInclude }>;

/**
 * Statements in the order they were said: by time, then, for statements of
 * the same time (a day, often), in the order their source gives them.
 * Every key sorts the same in SQL and in JavaScript (ISO instants, integers,
 * UUIDs), so loaded lists page like queried ones.
 */
export const statementKeyset: Keyset<StatementRow, Prisma.StatementWhereInput, Prisma.StatementOrderByWithRelationInput> = {
  keys: [
    {
      read: (row) => row.saidAt.toISOString(),
      check: (value) => void cursorValue.date(value),
      orderBy: (direction) => ({ saidAt: direction }),
      where: (operator, value) => ({ saidAt: compareWith(operator, cursorValue.date(value)) }),
    },
    {
      read: (row) => row.excerpt.start,
      check: (value) => void cursorValue.number(value),
      orderBy: (direction) => ({ excerpt: { start: direction } }),
      where: (operator, value) => ({ excerpt: { is: { start: compareWith(operator, cursorValue.number(value)) } } }),
    },
    {
      read: (row) => row.id,
      check: (value) => void cursorValue.uuid(value),
      orderBy: (direction) => ({ id: direction }),
      where: (operator, value) => ({ id: compareWith(operator, cursorValue.uuid(value)) }),
    },
  ],
  anyOf: (groups) => ({ OR: groups.map((group) => ({ AND: group })) }),
};

export const statementOrderBy = (direction: "asc" | "desc") => statementKeyset.keys.map((key) => key.orderBy(direction));
