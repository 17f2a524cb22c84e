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
 * After a lock or a delete `WHERE slug = ? AND version = ?` found `count`
 * rows: nothing to say when it touched the record; otherwise either no
 * record has the slug (BAD_USER_INPUT) or someone wrote since the version was
 * read (CONFLICT; `seenEarlier` says this write found the record before, so
 * that one deleted meanwhile is a conflict too). The statement itself is the arbiter between racing
 * writers: PostgreSQL re-checks the version of a row another transaction has
 * just changed, so exactly one of them matches it. CONFLICT says the version
 * moved, so it is said only when it did.
 */
async function expectVersionMatched(tx: Tx, table: SluggedTable, count: number, ref: VersionedRef, seenEarlier = false): Promise<void> {
  if (count === 1) return;
  const [stored] = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${ref.slug}`;
  if (!stored && !seenEarlier) throw new BadUserInputError(`No ${table} has the slug "${ref.slug}"`, "input", "slug");
  if (!stored || stored.version !== ref.version) throw new ConflictError(`The ${table} "${ref.slug}"`, ref.version);
  throw new Error(`The ${table} "${ref.slug}" is at version ${ref.version}, yet the write matched no row at that version`);
}

/**
 * Locks the record at the version read, before the write touches anything
 * else, and returns its id. The lock waits for a transaction that updates or
 * deletes the row, then re-checks the version on the row it left, so this is
 * where racing writers part (and, taking the record first, they never wait
 * on each other in a cycle over the rows they touch next). It is the lock an
 * UPDATE takes (NO KEY UPDATE), which leaves other writers free to insert rows
 * that refer to the record meanwhile (a foreign key check takes KEY SHARE).
 */
export async function lockVersioned(tx: Tx, table: SluggedTable, ref: VersionedRef, seenEarlier = false): Promise<string> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${ref.slug} AND version = ${ref.version} FOR NO KEY UPDATE`;
  await expectVersionMatched(tx, table, locked.length, ref, seenEarlier);
  return locked[0]!.id;
}

/** Deletes the record at the version read, the delete itself parting racing writers, and returns the id it had. */
export async function deleteVersioned(tx: Tx, table: SluggedTable, ref: VersionedRef, seenEarlier = false): Promise<string> {
  const deleted = await tx.$queryRaw<{ id: string }[]>`
    DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${ref.slug} AND version = ${ref.version} RETURNING id::text AS id`;
  await expectVersionMatched(tx, table, deleted.length, ref, seenEarlier);
  return deleted[0]!.id;
}
