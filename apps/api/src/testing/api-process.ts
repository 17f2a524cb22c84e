import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { DatabaseTarget } from "../db/database";
import { freePort } from "./free-port";

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  /** Everything the process wrote, for assertions and for failure messages. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

// The built entry point, whether this file runs from src/ (in jest) or from dist/.
const entryPoint = path.resolve(__dirname, "..", "..", "dist", "index.js");

/**
 * The environment that points an API process at a test database: PostgreSQL
 * (seeded, as the embedded database is by default), or PGlite in `dataDir`.
 */
export function databaseEnv(target: DatabaseTarget, dataDir: string): Record<string, string> {
  return "url" in target ? { DATABASE_URL: target.url, SEED_IF_EMPTY: "true" } : { PGLITE_DATA_DIR: dataDir };
}

/** Waits until `check` resolves true, polling; rejects after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * The built API (`node dist/index.js`, as `npm start` runs it) in a child
 * process with the given environment, on a free port; resolves once /health
 * answers 200.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [entryPoint], {
    env: { ...process.env, NODE_ENV: "production", ...env, API_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  try {
    await waitFor(async () => (await fetch(`${url}/health`)).status === 200, 60_000, "the API's health");
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the API wrote:\n${output}`);
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
