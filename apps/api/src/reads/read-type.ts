import { type RawBuilder, sql } from "kysely";
import type { CursorValue } from "../paging/cursor";
import type { ColumnName, TableName } from "./read-database";

/** SQL for one JSON-ready value of a row whose alias is given. */
export type RowSql = (row: string) => RawBuilder<unknown>;

/**
 * Rows related to a parent row: the FROM clause, with `child` as the related
 * rows' alias (a set-returning function may read the parent's columns), and
 * the condition that ties them to `parent`.
 */
export interface Related {
  from(child: string, parent: string): RawBuilder<unknown>;
  where(parent: string, child: string): RawBuilder<unknown>;
}

/** One key of a list's order, and how a cursor carries it: as paging/cursor.ts encodes it, in SQL. */
export interface SortKey {
  sql: RowSql;
  /** The key's value as JSON text, as `JSON.stringify` writes it. */
  json: RowSql;
  /** The SQL type a cursor's value is cast to. */
  type: "timestamptz" | "integer" | "float8" | "text" | "uuid";
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
  | { kind: "connection"; type: string; related: Related; list: ListOf };

/** The order of a list: its keys (the last one unique), all ascending or all descending when paging forwards. */
export interface ListOrder {
  keys: SortKey[];
  descending?: boolean;
  /** Every page reads the whole list (a ranking: no index gives its order), so its total is counted in the same pass. */
  readsWholeList?: boolean;
}

/**
 * What a list's arguments make of it: the conditions on the listed rows'
 * alias, its order, and, where the arguments change how its items read (a
 * search's highlights), their declaration.
 */
export interface ListShape {
  conditions(listed: string): RawBuilder<unknown>[];
  order: ListOrder;
  node?: TypeRead;
}

/** A list's shape for a field's arguments; throws NotCompiled for arguments only the resolvers take. */
export type ListOf = (args: Record<string, unknown>) => ListShape;

/**
 * A GraphQL object type's declaration: its table (none for a type of computed
 * values) and how each field that compiles is read. A field left out falls
 * back to its resolver.
 */
export interface TypeRead {
  name: string;
  table?: TableName;
  fields: Record<string, FieldRead>;
}

/** A column of `table`'s row, its name checked against the Prisma schema. */
export function columnOf<Table extends TableName>(_table: Table) {
  return (name: ColumnName<Table>): RowSql =>
    (row) =>
      sql.ref(`${row}.${name}`);
}

export const value = (read: RowSql): FieldRead => ({ kind: "value", sql: read });
