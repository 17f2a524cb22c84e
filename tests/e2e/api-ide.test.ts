import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ChildService, createTestDatabase, databaseEnv, startApiProcess, type TestDatabase } from "@parley/api/testing";
import type { Browser } from "playwright-core";
import { launchBrowser, onPage } from "../support/browser";

/** The built API alone (the IDE is its own, served from its address), on a fresh seeded database, and a browser. */
let api: ChildService;
let browser: Browser;
let testDatabase: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "parley-e2e-"));
  testDatabase = await createTestDatabase();
  api = await startApiProcess(databaseEnv(testDatabase.target, dataDir));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await testDatabase?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const query = "{ topics(first: 1) { totalCount } }";

describe("the API's GraphQL IDE, in a browser", () => {
  it("runs a query typed into GraphiQL and shows the answer and the schema's documentation, loading nothing from outside the API", async () => {
    const direct = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const { data } = (await direct.json()) as { data: { topics: { totalCount: number } } };

    await onPage(browser, {}, async ({ page, origins }) => {
      await page.goto(`${api.url}/graphql`);
      const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
      await editor.waitFor();
      await editor.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("Delete");
      // Inserted whole, as a paste is: typed key by key, the editor would close each brace itself.
      await page.keyboard.insertText(query);
      const answered = page.waitForResponse(
        (response) => response.url() === `${api.url}/graphql` && response.request().method() === "POST",
      );
      await page.getByRole("button", { name: /execute query/i }).click();
      expect((await answered).status()).toBe(200);
      const result = page.locator(".graphiql-response");
      await result.getByText(`"totalCount": ${data.topics.totalCount}`).waitFor();
      // The schema's documentation, read by introspection.
      await page.getByRole("button", { name: /documentation explorer/i }).click();
      await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();
      expect([...origins]).toEqual([api.url]);
    });
  });
});
