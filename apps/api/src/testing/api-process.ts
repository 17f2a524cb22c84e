import path from "node:path";
import type { DatabaseTarget } from "@parley/db";
import { type ChildService, startChildService } from "./child-service";
import { freePort } from "./free-port";

// The built entry point, whether this file runs from src/ (in jest) or from dist/.
const entryPoint = path.resolve(__dirname, "..", "..", "dist", "index.js");

/**
 * The environment that points an API process at a test database: PostgreSQL
 * (seeded, as the embedded database is by default), or PGlite in `dataDir`.
 */
export function databaseEnv(target: DatabaseTarget, dataDir: string): Record<string, string> {
  return "url" in target ? { DATABASE_URL: target.url, SEED_IF_EMPTY: "true" } : { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir };
}

/**
 * The built API (`node dist/index.js`, as `npm start` runs it) in a child
 * process with the given environment, on `port` (a free one when omitted);
 * resolves once /health answers 200.
 */
export async function startApiProcess(env: Record<string, string>, port?: number): Promise<ChildService> {
  port ??= await freePort();
  return startChildService({
    script: entryPoint,
    env: { ...env, API_PORT: String(port) },
    url: `http://127.0.0.1:${port}`,
    ready: "/health",
    name: "the API",
  });
}
