import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm" with { "resolution-mode": "import" };
import { packageRoot } from "./package-root";
import { withSchemaEngine } from "./schema-engine";

/** The committed migrations and the Prisma schema, shipped with this package. */
export const migrationsDir = path.join(packageRoot, "migrations");
export const schemaPath = path.join(packageRoot, "schema.prisma");

const noExternalObjects: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Reads `migrations/` the way Prisma's CLI does: one folder per migration, sorted by name. */
async function readMigrationList(): Promise<MigrationList> {
  const lockfilePath = "migration_lock.toml";
  const lockfile = await readFile(path.join(migrationsDir, lockfilePath), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(migrationsDir, folder, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfilePath, content: lockfile },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Applies the committed migrations that the database has not seen, recording
 * them in `_prisma_migrations` as `prisma migrate deploy` does (so either can
 * follow the other). Applying twice changes nothing.
 * @returns the names of the migrations applied by this call
 */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withSchemaEngine(adapterFactory, undefined, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noExternalObjects });
    return appliedMigrationNames;
  });
}

/** The names of the committed migrations, in the order they apply. */
export async function listMigrationNames(): Promise<string[]> {
  const { migrationDirectories } = await readMigrationList();
  return migrationDirectories.map((migration) => migration.path);
}

/**
 * The SQL that takes a database built from the committed migrations to what
 * `schema.prisma` describes; empty when the two agree. The migrations are
 * replayed on the adapter's shadow database.
 */
export async function diffMigrationsToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const content = await readFile(schemaPath, "utf8");
  const schema = { path: schemaPath, content };
  const migrationsList = await readMigrationList();
  const sql = await withSchemaEngine(adapterFactory, schema, async (engine) => {
    const { stdout } = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noExternalObjects,
    });
    return stdout ?? "";
  });
  return isEmptyMigration(sql) ? "" : sql;
}

function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

/** Writes `sql` as a new migration folder named `<UTC timestamp>_<name>`, as Prisma's CLI names them. */
export async function writeMigration(name: string, sql: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, "migration.sql"), sql);
  return folder;
}
