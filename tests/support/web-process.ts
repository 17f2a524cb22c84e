import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, waitFor } from "@parley/api/testing";

export interface WebProcess {
  url: string;
  output(): string;
  stop(): Promise<number | null>;
}

const startScript = path.resolve(__dirname, "..", "..", "apps", "web", "scripts", "start.js");

/** The built web app (`next start`, as `npm start` runs it) on a free port, calling the API at `apiUrl`. */
export async function startWebProcess(apiUrl: string, port?: number): Promise<WebProcess> {
  const webPort = port ?? (await freePort());
  const child = spawn(process.execPath, [startScript], {
    env: { ...process.env, NODE_ENV: "production", WEB_PORT: String(webPort), API_URL: apiUrl, PUBLIC_API_URL: apiUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${webPort}`;
  try {
    await waitFor(async () => (await fetch(`${url}/icon.svg`)).ok, 60_000, "the web app");
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the web app wrote:\n${output}`);
  }
  return {
    url,
    output: () => output,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
