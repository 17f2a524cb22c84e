import type { Env } from "../env";
import type { DatabaseTarget } from "./database";

/** The database the environment names: PostgreSQL at DATABASE_URL, else PGlite in PGLITE_DATA_DIR. */
export function targetFromEnv(env: Env): DatabaseTarget {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR };
}
