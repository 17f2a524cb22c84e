import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type ChildService,
  createTestDatabase,
  type DatabaseTarget,
  databaseEnv,
  freePort,
  type Planted,
  plantInDatabase,
  type Scenario,
  startApiProcess,
} from "@parley/api/testing";
import type { DatasetFile } from "@parley/schema";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { plantDataset } from "./plant-dataset";
import { startWebProcess } from "./web-process";
import { plantWriters, type TokenSpecs } from "./writers";

/** The API on a fresh, seeded database, the web app calling it, and a browser: what each e2e file runs against. */
export interface Stack {
  api: ChildService;
  web: ChildService;
  browser: Browser;
  stop(): Promise<void>;
}

export function startStack(): Promise<Stack> {
  return startStackAfter(async () => undefined);
}

/** The stack on a database that also holds `scenario` (planted before the API starts), and the scenario's records by name. */
export async function startStackWith<S extends Scenario>(scenario: S): Promise<Stack & { records: Planted<S> }> {
  const { prepared, ...stack } = await startStackAfter((target) => plantInDatabase(target, scenario));
  return { ...stack, records: prepared };
}

/**
 * The stack on a database that also holds a dataset file (imported before the API starts, as
 * `npm run import` would): for scenarios of thousands of records, which the file format writes in bulk.
 */
export function startStackWithDataset(dataset: DatasetFile): Promise<Stack> {
  return startStackAfter((target) => plantDataset(target, dataset));
}

/**
 * The stack for tests that write: `scenario` planted and the tokens `specs` names made before the
 * API starts (with `apiEnv` added to its environment, such as a lower write limit), both by name.
 */
export async function startStackForWriters<S extends Scenario, T extends TokenSpecs>(
  scenario: S,
  specs: T,
  apiEnv: Record<string, string> = {},
): Promise<Stack & { records: Planted<S>; tokens: { [Name in keyof T]: string } }> {
  const { prepared, ...stack } = await startStackAfter((target) => plantWriters(target, scenario, specs), apiEnv);
  return { ...stack, ...prepared };
}

/** The stack, once `prepare` has had the database to itself. */
async function startStackAfter<T>(
  prepare: (target: DatabaseTarget) => Promise<T>,
  apiEnv: Record<string, string> = {},
): Promise<Stack & { prepared: T }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "parley-e2e-"));
  const testDatabase = await createTestDatabase({ start: "seeded" });
  // On PGlite, the folder the API process will open, started from the seeded copy.
  const prepared = await prepare("url" in testDatabase.target ? testDatabase.target : { ...testDatabase.target, dataDir });
  const webPort = await freePort();
  // The browser calls the API from the web app's origin: CORS must allow exactly that.
  const api = await startApiProcess({ ...databaseEnv(testDatabase.target, dataDir), WEB_ORIGIN: `http://127.0.0.1:${webPort}`, ...apiEnv });
  const web = await startWebProcess({ url: `${api.url}/graphql` }, webPort);
  const browser = await launchBrowser();
  return {
    prepared,
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
