import { Prisma } from "@parley/db";
import { BadUserInputError, ConflictError } from "../../errors";
import type { SluggedTable } from "./references";
import type { Tx } from "./transaction";

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
export async function expectVersionMatched(tx: Tx, table: SluggedTable, count: number, ref: VersionedRef): Promise<void> {
  if (count === 1) return;
  const [found] = await tx.$queryRaw<unknown[]>`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${ref.slug}`;
  if (!found) throw new BadUserInputError(`No ${table} has the slug "${ref.slug}"`, "input", "slug");
  throw new ConflictError(`The ${table} "${ref.slug}"`, ref.version);
}

/** Deletes the record at the version read (see expectVersionMatched) and returns the id it had. */
export async function deleteVersioned(tx: Tx, table: SluggedTable, ref: VersionedRef): Promise<string> {
  const deleted = await tx.$queryRaw<{ id: string }[]>`
    DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${ref.slug} AND version = ${ref.version} RETURNING id::text AS id`;
  await expectVersionMatched(tx, table, deleted.length, ref);
  return deleted[0]!.id;
}
