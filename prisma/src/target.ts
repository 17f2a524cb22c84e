import path from "node:path";
import type { DatabaseTarget } from "./database";
import { packageRoot } from "./package-root";

/** Where the embedded database keeps its data unless told otherwise: `.data/pglite` at the repository's root. */
export const defaultPgliteDataDir = path.resolve(packageRoot, "..", ".data", "pglite");

/**
 * The database an environment names: PostgreSQL at DATABASE_URL, else PGlite
 * in PGLITE_DATA_DIR (by default `defaultPgliteDataDir`). An empty variable
 * counts as unset, as shells and CI files write it. The API reads the same
 * two variables through its own, wider, environment.
 */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) {
    if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
      throw new Error("DATABASE_URL must be a PostgreSQL URL (postgresql://…); leave it unset for the embedded PGlite");
    }
    return { url: env.DATABASE_URL };
  }
  return { dataDir: env.PGLITE_DATA_DIR || defaultPgliteDataDir };
}
