import path from "node:path";
import { openDatabase } from "../database";
import { diffMigrationsToSchema, writeMigration } from "../migrations";

/**
 * `npm run db:migration -- <name>`: writes the SQL that takes the committed
 * migrations to schema.prisma as a new migration, offline. The migrations are
 * replayed on a throwaway in-memory PGlite.
 */
async function main() {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: npm run db:migration -- <name>");
  const scratch = await openDatabase({});
  try {
    const sql = await diffMigrationsToSchema(scratch.adapterFactory);
    if (!sql) return console.log("schema.prisma and the migrations agree: nothing to write");
    const folder = await writeMigration(name, withWriteTracking(sql));
    console.log(`Wrote ${path.join("prisma", "migrations", folder, "migration.sql")}: review it, then commit it`);
  } finally {
    await scratch.close();
  }
}

/**
 * A new table gets the trigger that bumps `data_version` on every write (see
 * the response_cache_version migration): the API's response cache depends on it.
 */
function withWriteTracking(sql: string): string {
  if (!/^CREATE TABLE /m.test(sql)) return sql;
  return `${sql.trimEnd()}\n\n-- Every write to a new table bumps data_version, which the response cache keys on.\nSELECT "track_data_version"();\n`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
