/**
 * What an update really changes. An update that changes nothing writes
 * nothing: no new version, no history, and no bump of the data's version
 * (which every statement that writes to a table makes, even one that touches
 * no row), so a client that sends back what it read is answered the record
 * as it is.
 */

/** Two values of a column: dates by their instant, the rest as they are. */
function sameValue(stored: unknown, wanted: unknown): boolean {
  return stored instanceof Date && wanted instanceof Date ? stored.getTime() === wanted.getTime() : stored === wanted;
}

/** The entries of `wanted` (a row's new columns) that differ from the row as `stored`. */
export function changedColumns<T extends object>(stored: object, wanted: T): Partial<T> {
  const row = stored as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(wanted).filter(([column, value]) => value !== undefined && !sameValue(row[column], value)),
  ) as Partial<T>;
}

/** Whether a record's parts (its names, its topics' ids) are the ones it has, in any order and counting each once. */
export function sameParts(stored: readonly string[], wanted: readonly string[]): boolean {
  const had = new Set(stored);
  const wants = new Set(wanted);
  return had.size === wants.size && [...wants].every((part) => had.has(part));
}

export const changesNothing = (columns: object): boolean => Object.keys(columns).length === 0;
