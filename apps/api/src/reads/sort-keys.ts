import { cursorValue } from "../paging/cursor";
import { isoInstant, jsonFloat, jsonString } from "./json-sql";
import type { RowSql, SortKey } from "./read-type";

// The keys of paging/cursor.ts's cursors, each written into the cursor's JSON as JavaScript writes it.

export const instantKey = (column: RowSql): SortKey => ({
  sql: column,
  json: (row) => jsonString(isoInstant(column(row))),
  type: "timestamptz",
  check: cursorValue.date,
});

export const integerKey = (column: RowSql): SortKey => ({ sql: column, json: column, type: "integer", check: cursorValue.integer });

export const textKey = (column: RowSql): SortKey => ({
  sql: column,
  json: (row) => jsonString(column(row)),
  type: "text",
  check: cursorValue.string,
});

export const uuidKey = (column: RowSql): SortKey => ({
  sql: column,
  json: (row) => jsonString(column(row)),
  type: "uuid",
  check: cursorValue.uuid,
});

export const floatKey = (column: RowSql): SortKey => ({
  sql: column,
  json: (row) => jsonFloat(column(row)),
  type: "float8",
  check: cursorValue.float,
});
