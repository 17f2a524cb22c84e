/**
 * A row a foreign key guarantees; its absence is a bug, reported as an
 * internal error rather than as a null the schema promised never to send.
 */
export async function loaded<Row>(row: Promise<Row | undefined>, what: string): Promise<Row> {
  const found = await row;
  if (found === undefined) throw new Error(`Missing ${what}`);
  return found;
}

/** A row an optional foreign key points at, or null. */
export async function loadedIfAny<Row>(id: string | null, load: (id: string) => Promise<Row | undefined>): Promise<Row | null> {
  if (id === null) return null;
  return (await load(id)) ?? null;
}
