import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ChildService, createTestDatabase, databaseEnv, freePort, startApiProcess } from "@parley/api/testing";
import type { DatasetFile } from "@parley/schema";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { plantDataset } from "./plant-dataset";
import { startWebProcess } from "./web-process";

/** The API on a fresh, seeded database, the web app calling it, and a browser: what each e2e file runs against. */
export interface Stack {
  api: ChildService;
  web: ChildService;
  browser: Browser;
  stop(): Promise<void>;
}

/** Starts the stack on the shipped dataset, and on `dataset` too when a test brings its own scenario. */
export async function startStack(options: { dataset?: DatasetFile } = {}): Promise<Stack> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "parley-e2e-"));
  const testDatabase = await createTestDatabase();
  if (options.dataset) await plantDataset("url" in testDatabase.target ? testDatabase.target : { dataDir }, options.dataset);
  const webPort = await freePort();
  // The browser calls the API from the web app's origin: CORS must allow exactly that.
  const api = await startApiProcess({ ...databaseEnv(testDatabase.target, dataDir), WEB_ORIGIN: `http://127.0.0.1:${webPort}` });
  const web = await startWebProcess({ url: `${api.url}/graphql` }, webPort);
  const browser = await launchBrowser();
  return {
    api,
    web,
    browser,
    async stop() {
      await browser.close();
      await web.stop();
      await api.stop();
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
