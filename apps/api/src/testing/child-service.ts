import { spawn } from "node:child_process";
import { waitFor } from "./wait-for";

export interface ChildService {
  url: string;
  /** Everything the process wrote, for assertions and for failure messages. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs a Node script as a child process with `env` added to this one's, and
 * resolves once `ready` (a path under `url`) answers 2xx; kills it if it never does.
 */
export async function startChildService(options: {
  script: string;
  env: Record<string, string>;
  url: string;
  ready: string;
  name: string;
}): Promise<ChildService> {
  const child = spawn(process.execPath, [options.script], {
    env: { ...process.env, NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  try {
    await waitFor(async () => (await fetch(`${options.url}${options.ready}`)).ok, 60_000, options.name);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}; it wrote:\n${output}`);
  }
  return {
    url: options.url,
    output: () => output,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
