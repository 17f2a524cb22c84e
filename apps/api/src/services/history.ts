import { Prisma, type PrismaClient } from "@parley/db";
import type { ChangeOperation } from "../enums";
import { BadUserInputError } from "../errors";
import { cursorValue } from "../paging/cursor";
import { paginateSql, type SqlOrder } from "../paging/keyset";
import type { Page, PageArgs } from "../paging/page";

/** One change to one row, as the change table's triggers recorded it. */
export interface ChangeRow {
  /** The change's place in the order changes were recorded (a bigint, as decimal digits). */
  id: string;
  changedAt: Date;
  changedBy: string;
  tableName: string;
  recordId: string;
  operation: ChangeOperation;
  before: Prisma.JsonObject | null;
  after: Prisma.JsonObject | null;
}

const columns = Prisma.sql`c.id::text AS id, c.changed_at AS "changedAt", c.changed_by AS "changedBy", c.table_name AS "tableName",
  c.record_id AS "recordId", c.operation::text AS operation, c.before, c.after`;

const idKey = { column: Prisma.sql`c.id`, type: "bigint", read: (row: ChangeRow) => row.id, check: cursorValue.bigint } as const;

/** A record's changes in the order they were made. */
const recordOrder: SqlOrder<ChangeRow> = { direction: "asc", keys: [idKey] };

/** The changes of a time range in the order their writes began, then were recorded (the index on changed_at, id serves it). */
const timeOrder: SqlOrder<ChangeRow> = {
  direction: "asc",
  keys: [
    { column: Prisma.sql`c.changed_at`, type: "timestamptz", read: (row) => row.changedAt.toISOString(), check: cursorValue.date },
    idKey,
  ],
};

function list(db: PrismaClient, args: PageArgs, order: SqlOrder<ChangeRow>, where: Prisma.Sql): Promise<Page<ChangeRow>> {
  return paginateSql({
    args,
    order,
    fetch: (page) => db.$queryRaw<ChangeRow[]>`
      SELECT ${columns} FROM change c WHERE ${where} AND ${page.beyondCursor} ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    count: async () => {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM change c WHERE ${where}`;
      return row?.count ?? 0;
    },
  });
}

/** What changed in a record (its own row and its parts: names, participants, topics, stances...), when and by whom. */
export function listHistory(db: PrismaClient, recordId: string, args: PageArgs): Promise<Page<ChangeRow>> {
  return list(db, args, recordOrder, Prisma.sql`c.record_id = ${recordId}::uuid`);
}

/** Every change whose write began in [from, to). */
export function listChanges(db: PrismaClient, args: PageArgs & { from: Date; to: Date }): Promise<Page<ChangeRow>> {
  if (args.from.getTime() >= args.to.getTime()) throw new BadUserInputError("`from` must come before `to`", "to");
  return list(db, args, timeOrder, Prisma.sql`c.changed_at >= ${args.from}::timestamptz AND c.changed_at < ${args.to}::timestamptz`);
}
