import { BadUserInputError, ConflictError } from "../../errors";

/** A record's slug and the version the writer read it at: what every update and delete sends. */
export interface VersionedRef {
  slug: string;
  version: number;
}

/**
 * What every update sets besides its fields: the next version. The row's
 * trigger makes it exactly one more than the stored one, and asking for it
 * bumps the version also when only the record's parts changed (an actor's
 * names, an event's participants), which leave its row as it was.
 */
export const nextVersion = { version: { increment: 1 } } as const;

/**
 * After an UPDATE or DELETE `WHERE slug = ? AND version = ?` touched
 * `count` rows: nothing to say when it touched the record; otherwise either no
 * record has the slug (BAD_USER_INPUT) or someone wrote since the version was
 * read (CONFLICT). The statement itself is the arbiter between racing
 * writers: PostgreSQL re-checks the version of a row another transaction has
 * just changed, so exactly one of them matches it.
 */
export async function expectVersionMatched(count: number, ref: VersionedRef, what: string, exists: () => Promise<boolean>): Promise<void> {
  if (count === 1) return;
  if (!(await exists())) throw new BadUserInputError(`No ${what} has the slug "${ref.slug}"`, "input", "slug");
  throw new ConflictError(`The ${what} "${ref.slug}"`, ref.version);
}
