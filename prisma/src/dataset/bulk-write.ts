import type { Prisma } from "../../generated/client/client";

type Tx = Prisma.TransactionClient;

/** A row as the database reads it from JSON: column name -> value. */
export type Row = Record<string, string | number | null>;

/** How to write rows of one table in bulk, keyed by a natural key. */
export interface TableWrite {
  table: string;
  /** Every column written, with its SQL type ("uuid", "text", `"SourceKind"`). */
  columns: Record<string, string>;
  /** The unique key a row is found by: a slug, or the columns of a natural key. */
  key: readonly string[];
  /** What writing a row again may change; the row is touched only when one of them differs. */
  update: readonly string[];
}

/** Rows sent in one statement: large enough to cost little per row, small enough to show progress. */
const chunkSize = 2_000;

const name = (column: string) => `"${column}"`;

function* chunks<T>(rows: readonly T[], size = chunkSize): Generator<T[]> {
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}

/**
 * INSERT ... ON CONFLICT in chunks, the rows sent as one JSON parameter (the
 * same on PostgreSQL and PGlite). A row already there is updated only where
 * the data differs, so writing the same rows again changes nothing.
 */
export async function writeRows(tx: Tx, spec: TableWrite, rows: readonly Row[], onWritten: (count: number) => void): Promise<void> {
  const columns = Object.keys(spec.columns);
  const record = columns.map((column) => `${name(column)} ${spec.columns[column]}`).join(", ");
  const onConflict = spec.update.length
    ? `DO UPDATE SET ${spec.update.map((column) => `${name(column)} = EXCLUDED.${name(column)}`).join(", ")} ` +
      `WHERE ROW(${spec.update.map((column) => `${name(spec.table)}.${name(column)}`).join(", ")}) ` +
      `IS DISTINCT FROM ROW(${spec.update.map((column) => `EXCLUDED.${name(column)}`).join(", ")})`
    : "DO NOTHING";
  const sql =
    `INSERT INTO ${name(spec.table)} (${columns.map(name).join(", ")}) ` +
    `SELECT ${columns.map(name).join(", ")} FROM jsonb_to_recordset($1::jsonb) AS r(${record}) ` +
    `ON CONFLICT (${spec.key.map(name).join(", ")}) ${onConflict}`;
  for (const chunk of chunks(rows)) {
    await tx.$executeRawUnsafe(sql, JSON.stringify(chunk));
    onWritten(chunk.length);
  }
}

/** The key of a row as one string: its key columns' values, in order. */
export const keyOf = (values: readonly (string | number | null)[]) => values.join(" ");

/** The ids of the rows of `spec.table` with the given keys, by `keyOf` their key columns. */
export async function idsByKey(tx: Tx, spec: TableWrite, keys: readonly Row[]): Promise<Map<string, string>> {
  const record = spec.key.map((column) => `${name(column)} ${spec.columns[column]}`).join(", ");
  const sql =
    `SELECT t."id", ${spec.key.map((column) => `t.${name(column)}`).join(", ")} FROM ${name(spec.table)} AS t ` +
    `JOIN jsonb_to_recordset($1::jsonb) AS k(${record}) USING (${spec.key.map(name).join(", ")})`;
  const ids = new Map<string, string>();
  for (const chunk of chunks(keys, 10 * chunkSize)) {
    const rows = await tx.$queryRawUnsafe<Row[]>(sql, JSON.stringify(chunk));
    for (const row of rows) ids.set(keyOf(spec.key.map((column) => row[column] ?? null)), row.id as string);
  }
  return ids;
}
