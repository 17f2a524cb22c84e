import { randomBytes } from "node:crypto";
import type { DatabaseTarget } from "../database";
import { withPgClient } from "../pg-client";
import { databaseUrl, pgliteTemplate, postgresTemplate, type TestDatabaseStart } from "./templates";

export type { TestDatabaseStart } from "./templates";

export interface TestDatabase {
  target: DatabaseTarget;
  /** Drops the database (PostgreSQL); PGlite's in-memory one goes with the process. */
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, holding what `start` says (nothing by
 * default; or the committed migrations; or those and the shipped datasets): a
 * new database on the PostgreSQL server at TEST_DATABASE_URL when it is set,
 * else an in-memory PGlite (`{ ...target, dataDir }` puts it in a folder
 * instead). Each is a copy of a template built once (templates.ts). Nothing is
 * shared between test files, so they can run in parallel.
 */
export async function createTestDatabase({
  start = "empty",
  serverUrl = process.env.TEST_DATABASE_URL,
}: { start?: TestDatabaseStart; serverUrl?: string } = {}): Promise<TestDatabase> {
  if (!serverUrl) return { target: { initialDump: await pgliteTemplate(start) }, drop: async () => undefined };

  const name = `parley_test_${randomBytes(6).toString("hex")}`;
  const create = async () => {
    const template = start === "empty" ? undefined : await postgresTemplate(serverUrl, start);
    await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  };
  // 3D000: the template was dropped as stale by another checkout's tests since we looked; built again.
  await create().catch((error: { code?: string }) => (error.code === "3D000" ? create() : Promise.reject(error)));
  return {
    target: { url: databaseUrl(serverUrl, name) },
    drop: () => withPgClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
