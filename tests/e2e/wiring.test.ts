import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ChildService, createTestDatabase, databaseEnv, freePort, startApiProcess, type TestDatabase } from "@parley/api/testing";
import type { Browser } from "playwright-core";
import { launchBrowser, onPage } from "../support/browser";
import { startWebProcess } from "../support/web-process";

// `npm start` gives both apps the same API_PORT and WEB_PORT and nothing else: no API_URL, no
// WEB_ORIGIN. Ports other than the defaults must still find each other, server and browser alike.
let dataDir: string;
let testDatabase: TestDatabase;
let api: ChildService;
let web: ChildService;
let browser: Browser;
let webPort: number;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "parley-e2e-"));
  testDatabase = await createTestDatabase();
  webPort = await freePort();
  api = await startApiProcess({ ...databaseEnv(testDatabase.target, dataDir), WEB_PORT: String(webPort), WEB_ORIGIN: "" });
  web = await startWebProcess({ port: Number(new URL(api.url).port) }, webPort);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await testDatabase?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start's wiring", () => {
  it("points the web app, on the server and in the browser, at the API on API_PORT", async () => {
    await onPage(browser, {}, async ({ page }) => {
      // localhost, as `npm start` prints it: the origin the API allows by default.
      await page.goto(`http://localhost:${webPort}/actors/sergei-lavrov`, { waitUntil: "networkidle" });
      await expect(page.locator("h1").textContent()).resolves.toBe("Sergei Lavrov");
      const shown = await page.locator("article.statement").count();
      // "Load more" is the browser's own call to the API, across origins.
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.locator("article.statement").nth(shown).waitFor();
    });
  });
});
