import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, dumpPGlite, openDatabase } from "../database";
import { applyMigrations } from "../migrations";
import { withPgClient } from "../pg-client";
import { prepareDatabase } from "../prepare";
import { templateKey } from "./template-key";

/** What a test's database holds when it starts. */
export type TestDatabaseStart = "empty" | "migrated" | "seeded";

/**
 * Test databases start as copies of templates built once, rather than each
 * running `initdb` (PGlite: about 4-5 s on a 2-core machine, against half a
 * second from a dump), the migrations and the seed (about 1-2 s on
 * PostgreSQL, against 0.2 s for `CREATE DATABASE … TEMPLATE`). Templates are
 * named by templateKey(): a change to the migrations, datasets or code builds
 * them anew.
 */
async function bringTo(db: Database, start: TestDatabaseStart): Promise<void> {
  if (start === "migrated") await applyMigrations(db.adapterFactory);
  if (start === "seeded") await prepareDatabase(db, { seedIfEmpty: true });
}

/**
 * Builds every template the tests start from (jest's globalSetup calls it, before any test file
 * runs): built by the first test that asked, they counted against its hook's time limit, twice
 * over when two workers raced to build the same one.
 */
export async function prepareTemplates(serverUrl = process.env.TEST_DATABASE_URL): Promise<void> {
  if (serverUrl) {
    for (const start of ["migrated", "seeded"] as const) await postgresTemplate(serverUrl, start);
  } else {
    for (const start of ["empty", "migrated", "seeded"] as const) await pgliteTemplate(start);
  }
}

/** PGlite: a dump of the state, kept in the system's temporary folder; `initialDump` starts a database from it. */
export async function pgliteTemplate(start: TestDatabaseStart): Promise<Blob> {
  const file = path.join(tmpdir(), "parley-test-templates", `${templateKey()}-${start}.tar`);
  const kept = await readFile(file).catch(() => undefined);
  if (kept) return new Blob([kept]);

  const db = await openDatabase({});
  let dump: Blob;
  try {
    await bringTo(db, start);
    dump = await dumpPGlite(db);
  } finally {
    await db.close();
  }
  // Written whole, then renamed: a test file starting beside this one never reads half a dump.
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

const TEMPLATE_PREFIX = "parley_template_";
/**
 * Templates of other keys (older code), and builds that never finished, are dropped when a new
 * template is built, once they are this old: younger ones may be another checkout's, in use.
 */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** PostgreSQL: a template database in the state, on the server at `serverUrl`; its name. */
export async function postgresTemplate(serverUrl: string, start: TestDatabaseStart): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${templateKey()}_${start}`;
  const exists = await withPgClient(serverUrl, (client) => client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]));
  if (exists.rowCount) return name;

  // Built under a name of its own, then renamed: a copy never starts from a template half built.
  const building = `${TEMPLATE_PREFIX}building_${randomBytes(6).toString("hex")}`;
  await withPgClient(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE "${building}"`);
    // When it was made: another checkout's clean-up leaves it alone until it is stale.
    await client.query(`COMMENT ON DATABASE "${building}" IS '${new Date().toISOString()}'`);
  });
  const db = await openDatabase({ url: databaseUrl(serverUrl, building) });
  try {
    await bringTo(db, start);
  } finally {
    await db.close();
  }
  await withPgClient(serverUrl, async (client) => {
    try {
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } catch (error) {
      // 42P04: a test file beside this one built the same template first.
      if ((error as { code?: string }).code !== "42P04") throw error;
      await client.query(`DROP DATABASE "${building}"`);
    }
    await dropStaleTemplates(client);
  });
  return name;
}

async function dropStaleTemplates(client: { query(sql: string, values?: unknown[]): Promise<{ rows: { datname: string }[] }> }) {
  const { rows } = await client.query(
    `SELECT datname FROM pg_database
     WHERE datname LIKE '${TEMPLATE_PREFIX}%' AND datname NOT LIKE $1
       AND shobj_description(oid, 'pg_database') < $2`,
    [`${TEMPLATE_PREFIX}${templateKey()}_%`, new Date(Date.now() - STALE_AFTER_MS).toISOString()],
  );
  for (const { datname } of rows) {
    // One still being copied by another checkout's tests is left for next time.
    await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
  }
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
