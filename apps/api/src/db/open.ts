import { type Database, type DatabaseTarget, openDatabase, type QueryListener } from "@parley/db";
import type { Env } from "../env";

/** The database the environment names: PostgreSQL at DATABASE_URL, else PGlite in PGLITE_DATA_DIR. */
export function targetFromEnv(env: Env): DatabaseTarget {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR };
}

/**
 * Opens a database as the API does: every connection the API's client makes
 * cancels a statement that outlives DATABASE_STATEMENT_TIMEOUT_MS (the
 * migrator's do not), and plans without parallel workers: a request is small,
 * many run at once, and for the web's day in one statement PostgreSQL chose a
 * parallel scan of every event (26 ms) over the index (0.1 ms). By default,
 * the database the environment names.
 */
export function openApiDatabase(env: Env, target = targetFromEnv(env), onQuery?: QueryListener): Promise<Database> {
  return openDatabase(target, { statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS, onQuery, serialPlans: true });
}
