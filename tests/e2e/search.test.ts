import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe("search", () => {
  it("finds statements by their words before any script runs, marking the words that matched", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?q=respecting+choices`);
      const results = page.locator("article.statement");
      await expect(results.count()).resolves.toBeGreaterThan(1);
      // English stemming: "respecting" finds "respected"; each result marks what matched.
      for (const marks of await results.evaluateAll((cards) =>
        cards.map((card) => Array.from(card.querySelectorAll("mark.match")).map((mark) => mark.textContent?.toLowerCase())),
      )) {
        expect(marks).toEqual(expect.arrayContaining([expect.stringMatching(/^respect/), "choices"]));
      }
    });
  });

  it("keeps the words and the speaker, kind and topic filters in the address, and across a reload", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/search`, { waitUntil: "networkidle" });
      await page.getByLabel("Words").fill("sanctions");
      await page.getByLabel("Speaker").fill("Sergei Lavrov");
      await page.getByLabel("Kind").selectOption({ label: "Direct quote" });
      await page.getByRole("button", { name: "Search" }).click();
      await page.waitForURL(/\/search\?q=sanctions&actor=Sergei\+Lavrov&kind=DIRECT_QUOTE&topic=$/);
      const speakers = () => page.locator("article.statement .statement-speaker").allTextContents();
      const found = await speakers();
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found)).toEqual(new Set(["Sergei Lavrov"]));
      await expect(page.locator("article.statement .badge").allTextContents()).resolves.toEqual(found.map(() => "Direct quote"));

      await page.reload({ waitUntil: "networkidle" });
      await expect(speakers()).resolves.toEqual(found);
      await expect(page.getByLabel("Words").inputValue()).resolves.toBe("sanctions");
      await expect(page.getByLabel("Speaker").inputValue()).resolves.toBe("Sergei Lavrov");
      await expect(page.getByLabel("Kind").inputValue()).resolves.toBe("DIRECT_QUOTE");
    });
  });

  it("filters by topic alone, and says so when nothing matches", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?topic=consequences-for-russia`);
      await expect(page.getByLabel("Topic").inputValue()).resolves.toBe("Sanctions and other consequences for Russia");
      await expect(page.locator("article.statement").count()).resolves.toBeGreaterThan(0);
      await page.goto(`${stack.web.url}/search?q=zeppelin`);
      await expect(page.getByText("No statements match this search.").count()).resolves.toBe(1);
    });
  });

  it("keeps the words and filters on a later page of results, reached without scripts", async () => {
    const response = await fetch(`${stack.api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ statements(search: "respecting choices", first: 1) { totalCount pageInfo { endCursor } } }` }),
    });
    const { data } = (await response.json()) as { data: { statements: { totalCount: number; pageInfo: { endCursor: string } } } };
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?q=respecting+choices&after=${data.statements.pageInfo.endCursor}`);
      await expect(page.locator("article.statement").count()).resolves.toBe(data.statements.totalCount - 1);
      await expect(page.getByText("from further down the list", { exact: false }).count()).resolves.toBe(1);
      await expect(page.getByRole("link", { name: "Back to the first statements" }).getAttribute("href")).resolves.toBe(
        "/search?q=respecting+choices#search-results",
      );
    });
  });
});
