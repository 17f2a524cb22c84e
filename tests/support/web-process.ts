import path from "node:path";
import { type ChildService, freePort, startChildService } from "@parley/api/testing";

// Found through the package, so that this file works from its compiled copy (the web bench) too.
const startScript = path.join(path.dirname(require.resolve("@parley/web/package.json")), "scripts", "start.js");

/** How the web app finds the API: its URL, or only the port `npm start` gave it (API_PORT). */
export type ApiLocation = { url: string } | { port: number };

function apiEnv(api: ApiLocation): Record<string, string> {
  // Empty means unset: nothing inherited from the test's own environment may point elsewhere.
  if ("port" in api) return { API_PORT: String(api.port), API_URL: "", PUBLIC_API_URL: "" };
  return { API_URL: api.url, PUBLIC_API_URL: api.url };
}

/** The built web app (`scripts/start.js`, as `npm start` runs it) on a free port, calling the API at `api`. */
export async function startWebProcess(api: ApiLocation, port?: number): Promise<ChildService> {
  const webPort = port ?? (await freePort());
  return startChildService({
    script: startScript,
    env: { WEB_PORT: String(webPort), ...apiEnv(api) },
    url: `http://127.0.0.1:${webPort}`,
    ready: "/icon.svg",
    name: "the web app",
  });
}
