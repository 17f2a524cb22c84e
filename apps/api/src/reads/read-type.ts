import { type RawBuilder, sql } from "kysely";
import type { CursorValue } from "../paging/cursor";
import type { ColumnName, TableName } from "./read-database";

/** SQL for one JSON-ready value of a row whose alias is given. */
export type RowSql = (row: string) => RawBuilder<unknown>;

/** Rows related to a parent row: the FROM clause, with `child` as the related table's alias, and the condition that ties it to `parent`. */
export interface Related {
  from(child: string): RawBuilder<unknown>;
  where(parent: string, child: string): RawBuilder<unknown>;
}

/** One key of a list's order (ascending forwards), and how a cursor carries it: as paging/cursor.ts encodes it, in SQL. */
export interface SortKey {
  sql: RowSql;
  /** The key's value as JSON text, as `JSON.stringify` writes it. */
  json: RowSql;
  /** The SQL type a cursor's value is cast to. */
  type: "timestamptz" | "integer" | "text" | "uuid";
  /** Reads a client's cursor value; refuses (BAD_USER_INPUT) any other. */
  check(value: CursorValue): Date | number | string;
}

/**
 * How one GraphQL field is read: a value of the row, an object made of the
 * same row (a place), the one related row, related rows in order, or a Relay
 * connection of them. `type` names the related GraphQL type's declaration.
 */
export type FieldRead =
  | { kind: "value"; sql: RowSql }
  | { kind: "same-row"; type: string; when: RowSql }
  | { kind: "one"; type: string; related: Related }
  | { kind: "many"; type: string; related: Related; orderBy: RowSql }
  | { kind: "connection"; type: string; related: Related; keys: SortKey[]; filter?: ListFilter };

/** A list's filtering arguments as SQL conditions on the listed rows' alias; throws NotCompiled for what only the resolvers do. */
export type ListFilter = (args: Record<string, unknown>, listed: string) => RawBuilder<unknown>[];

/** A GraphQL object type's declaration: its table and how each field that compiles is read. A field left out falls back to its resolver. */
export interface TypeRead {
  name: string;
  table: TableName;
  fields: Record<string, FieldRead>;
}

/** A column of `table`'s row, its name checked against the Prisma schema. */
export function columnOf<Table extends TableName>(_table: Table) {
  return (name: ColumnName<Table>): RowSql =>
    (row) =>
      sql.ref(`${row}.${name}`);
}

export const value = (read: RowSql): FieldRead => ({ kind: "value", sql: read });
