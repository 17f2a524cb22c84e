import path from "node:path";
import { type ChildService, freePort, startChildService } from "@parley/api/testing";

const startScript = path.resolve(__dirname, "..", "..", "apps", "web", "scripts", "start.js");

/** The built web app (`next start`, as `npm start` runs it) on a free port, calling the API at `apiUrl`. */
export async function startWebProcess(apiUrl: string, port?: number): Promise<ChildService> {
  const webPort = port ?? (await freePort());
  return startChildService({
    script: startScript,
    env: { WEB_PORT: String(webPort), API_URL: apiUrl, PUBLIC_API_URL: apiUrl },
    url: `http://127.0.0.1:${webPort}`,
    ready: "/icon.svg",
    name: "the web app",
  });
}
