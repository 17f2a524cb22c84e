import { type ChildProcess, spawn } from "node:child_process";
import { freePort, waitFor } from "@parley/api/testing";

export interface Child {
  url: string;
  pid: number;
  /** The last of what it wrote, for error messages. */
  output(): string;
  /** SIGTERM, then the exit code (a CPU profile is written on the way out). */
  stop(): Promise<number | null>;
}

/**
 * A Node script in a child process, on a free port given as `portVariable`,
 * ready once `ready` (a path) answers 2xx.
 */
export async function startChild(options: {
  script: string;
  env: Record<string, string | undefined>;
  portVariable: string;
  ready: string;
  nodeArgs?: string[];
  name: string;
}): Promise<Child> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, [options.portVariable]: String(port) };
  for (const [key, value] of Object.entries(options.env)) if (value === undefined) delete env[key];
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${url}${options.ready}`)).ok, 120_000, options.name);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}; it wrote:\n${output}`);
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
