import { randomBytes } from "node:crypto";
import type { DatabaseTarget } from "../database";
import { withPgClient } from "../pg-client";

export interface TestDatabase {
  target: DatabaseTarget;
  /** Drops the database (PostgreSQL); PGlite's in-memory one goes with the process. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new database on the
 * PostgreSQL server at TEST_DATABASE_URL when it is set, else an in-memory
 * PGlite. Nothing is shared between test files, so they can run in parallel.
 */
export async function createTestDatabase(serverUrl = process.env.TEST_DATABASE_URL): Promise<TestDatabase> {
  if (!serverUrl) return { target: {}, drop: async () => undefined };

  const name = `parley_test_${randomBytes(6).toString("hex")}`;
  await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { url: url.toString() },
    drop: () => withPgClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
