import { type $Enums, Prisma } from "@parley/db";

/** A PostgreSQL enum type: Prisma names them after the schema's enums. */
type EnumType = keyof typeof $Enums;

/**
 * `column IN (values)` for a column of an enum type, each value cast to the
 * enum. Compared as text instead, the column's statistics no longer apply and
 * the planner guesses how many rows match: it guessed 136 stances on a topic
 * where there were 15,324, and sorted them all rather than walk statements in
 * order (83 ms against 1.4 ms at a million statements). No values: no row.
 */
export function inEnum(column: Prisma.Sql, type: EnumType, values: readonly string[]): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} IN (${Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}`))})`;
}
