import { BadUserInputError } from "../errors";
import { cannotBeStored } from "../text";
import { isUuid } from "../uuid";

/** One value of a row's sort key, as a cursor carries it. */
export type CursorValue = string | number;

/**
 * Cursors are opaque to clients: base64url of the sort key of the row they
 * point at, so a page follows on from its cursor even if that row is gone.
 */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

// PostgreSQL's text cannot hold NUL or a lone surrogate; a string with one would fail the query.
const isStorableString = (value: unknown): value is string => typeof value === "string" && !cannotBeStored(value);

function isSortKey(values: unknown, arity: number): values is CursorValue[] {
  return Array.isArray(values) && values.length === arity && values.every((value) => isStorableString(value) || typeof value === "number");
}

/** Reads a cursor of a list sorted by `arity` keys; anything else is the client's error. */
export function decodeCursor(cursor: string, arity: number, argument: string): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  if (!isSortKey(values, arity)) throw new BadUserInputError(`"${cursor}" is not a cursor of this list`, argument);
  return values;
}

const invalidCursor = () => new BadUserInputError("The cursor is not a cursor of this list");

const INT4_MAX = 2_147_483_647;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

// Readers of one decoded cursor value, for sort keys: a value of the wrong
// shape is the client's error, never a database error.
export const cursorValue = {
  /** A key of an integer column (PostgreSQL's 4-byte integer). */
  integer(value: CursorValue): number {
    if (typeof value !== "number" || !Number.isInteger(value) || Math.abs(value) > INT4_MAX) throw invalidCursor();
    return value;
  },
  /** A key of a bigint column, written in cursors as its decimal digits (JavaScript's numbers stop at 2^53). */
  bigint(value: CursorValue): string {
    if (typeof value !== "string" || !/^[0-9]{1,18}$/.test(value)) throw invalidCursor();
    return value;
  },
  /** A key of a double precision column (a search's rank). */
  float(value: CursorValue): number {
    if (typeof value !== "number" || !Number.isFinite(value)) throw invalidCursor();
    return value;
  },
  string(value: CursorValue): string {
    if (typeof value !== "string") throw invalidCursor();
    return value;
  },
  uuid(value: CursorValue): string {
    if (!isUuid(value)) throw invalidCursor();
    return value;
  },
  /** Exactly as `toISOString` writes it, as cursors are made, in years 0000 to 9999: PostgreSQL holds those. */
  date(value: CursorValue): Date {
    const date = typeof value === "string" && isoInstant.test(value) ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString() !== value) throw invalidCursor();
    return date;
  },
};
