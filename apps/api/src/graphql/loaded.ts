/**
 * A row a foreign key guarantees, made into what the field returns; its
 * absence is a bug, reported as an internal error rather than as a null the
 * schema promised never to send.
 */
export async function loaded<Row, Result>(row: Promise<Row | undefined>, what: string, map: (row: Row) => Result): Promise<Result> {
  const found = await row;
  if (found === undefined) throw new Error(`Missing ${what}`);
  return map(found);
}

/** A row an optional foreign key points at made into what the field returns, or null. */
export async function loadedIfAny<Row, Result>(
  id: string | null,
  load: (id: string) => Promise<Row | undefined>,
  map: (row: Row) => Result,
): Promise<Result | null> {
  if (id === null) return null;
  const found = await load(id);
  return found === undefined ? null : map(found);
}
