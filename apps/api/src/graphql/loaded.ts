import { type MaybePromise, then } from "../services/known-loader";

/**
 * A row a foreign key guarantees, made into what the field returns; its
 * absence is a bug, reported as an internal error rather than as a null the
 * schema promised never to send. Synchronous when the row is known already.
 */
export function loaded<Row, Result>(row: MaybePromise<Row | undefined>, what: string, map: (row: Row) => Result): MaybePromise<Result> {
  return then(row, (found) => {
    if (found === undefined) throw new Error(`Missing ${what}`);
    return map(found);
  });
}

/** A row an optional foreign key points at made into what the field returns, or null. */
export function loadedIfAny<Row, Result>(
  id: string | null,
  load: (id: string) => MaybePromise<Row | undefined>,
  map: (row: Row) => Result,
): MaybePromise<Result | null> {
  if (id === null) return null;
  return then(load(id), (found) => (found === undefined ? null : map(found)));
}
