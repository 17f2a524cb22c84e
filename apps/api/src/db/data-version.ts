import type { Database } from "@parley/db";

/**
 * The version of everything in the database, as `<epoch>:<counter>`: the
 * `data_version` row that a trigger on every data table bumps once in each
 * transaction that writes, inside it (see the response_cache_version
 * migration). Two reads give the same value only if no
 * write committed between them. Undefined if the row is missing (deleted by
 * hand), when nothing can be said about the data's version.
 */
export async function readDataVersion(db: Database): Promise<string | undefined> {
  const rows = await db.prisma.$queryRaw<{ version: string }[]>`
    SELECT "epoch"::text || ':' || "version"::text AS "version" FROM "data_version"`;
  return rows.length === 1 ? rows[0]?.version : undefined;
}
