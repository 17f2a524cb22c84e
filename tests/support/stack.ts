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

/**
 * The stack, once `prepare` has had the database to itself (with `apiEnv` added to the API's
 * environment). The web app and the browser start meanwhile: neither needs the API until a page
 * is asked for.
 */
async function startStackAfter<T>(
  prepare: (target: DatabaseTarget) => Promise<T>,
  apiEnv: Record<string, string> = {},
): Promise<Stack & { prepared: T }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "parley-e2e-"));
  const [testDatabase, webPort, apiPort] = await Promise.all([createTestDatabase({ start: "seeded" }), freePort(), freePort()]);
  const api = (async () => {
    // On PGlite, the folder the API process will open, started from the seeded copy.
    const prepared = await prepare("url" in testDatabase.target ? testDatabase.target : { ...testDatabase.target, dataDir });
    // The browser calls the API from the web app's origin: CORS must allow exactly that.
    const env = { ...databaseEnv(testDatabase.target, dataDir), WEB_ORIGIN: `http://127.0.0.1:${webPort}`, ...apiEnv };
    return { prepared, process: await startApiProcess(env, apiPort) };
  })();
  const [web, browser, apiStarted] = await Promise.allSettled([
    startWebProcess({ url: `http://127.0.0.1:${apiPort}/graphql` }, webPort),
    launchBrowser(),
    api,
  ]);
  const stop = async () => {
    if (browser.status === "fulfilled") await browser.value.close();
    if (web.status === "fulfilled") await web.value.stop();
    if (apiStarted.status === "fulfilled") await apiStarted.value.process.stop();
    await testDatabase.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  if (web.status === "rejected" || browser.status === "rejected" || apiStarted.status === "rejected") {
    await stop();
    throw [web, browser, apiStarted].flatMap((result) => (result.status === "rejected" ? [result.reason] : []))[0];
  }
  return { prepared: apiStarted.value.prepared, api: apiStarted.value.process, web: web.value, browser: browser.value, stop };
}
