import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "playwright-core";
import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

/** How many statements an actor's page shows at a time. */
const perPage = 10;
const actorPage = "/actors/sergei-lavrov";

/** The slugs of Sergei Lavrov's first statements, in order, as the API lists them. */
async function lavrovsStatements(first: number): Promise<string[]> {
  const response = await fetch(`${stack.api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query ($first: Int) { statements(speaker: "sergei-lavrov", first: $first) { edges { node { slug } } } }`,
      variables: { first },
    }),
  });
  const { data } = (await response.json()) as { data: { statements: { edges: { node: { slug: string } }[] } } };
  return data.statements.edges.map((edge) => edge.node.slug);
}

const shownSlugs = (page: Page) =>
  page.locator("article.statement").evaluateAll((cards) => cards.map((card) => card.id.replace(/^statement-/, "")));

/** The browser's own calls to the API for more statements: Apollo Client names its operation. */
function watchStatementQueries(page: Page): Request[] {
  const asked: Request[] = [];
  page.on("request", (request) => {
    if (request.url() === `${stack.api.url}/graphql` && request.postDataJSON()?.operationName === "Statements") asked.push(request);
  });
  return asked;
}

describe("an actor's statements, a page at a time", () => {
  it("are in the page's HTML, and the next ones a link away, without JavaScript", async () => {
    const expected = await lavrovsStatements(2 * perPage);
    expect(expected.length).toBeGreaterThan(perPage);
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${actorPage}`);
      await expect(shownSlugs(page)).resolves.toEqual(expected.slice(0, perPage));
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.waitForURL(/\/actors\/sergei-lavrov\?after=[\w-]+#actor-statements$/);
      await expect(shownSlugs(page)).resolves.toEqual(expected.slice(perPage));
      await expect(page.getByText("from further down the list").count()).resolves.toBe(1);
      await page.getByRole("link", { name: "Back to the first statements" }).click();
      await page.waitForURL(/\/actors\/sergei-lavrov#actor-statements$/);
      await expect(shownSlugs(page)).resolves.toEqual(expected.slice(0, perPage));
    });
  });

  it("offer the first ones again when the address asks for a page after a statement that is not in the list", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${actorPage}?after=nonsense`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Sergei Lavrov");
      await page.getByRole("link", { name: "See the first statements" }).click();
      // The click only starts the navigation: count once the first page has come.
      await page.waitForURL(/\/actors\/sergei-lavrov#actor-statements$/);
      await expect(page.locator("article.statement").count()).resolves.toBe(perPage);
    });
  });

  it("come in place with JavaScript, through Apollo Client, loaded only when asked for", async () => {
    const expected = await lavrovsStatements(2 * perPage);
    await onPage(stack.browser, {}, async ({ page }) => {
      const asked = watchStatementQueries(page);
      await page.goto(`${stack.web.url}${actorPage}`, { waitUntil: "networkidle" });
      expect(asked).toEqual([]);
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.locator("article.statement").nth(perPage).waitFor();
      await expect(shownSlugs(page)).resolves.toEqual(expected);
      expect(page.url()).toBe(`${stack.web.url}${actorPage}`);
      expect(asked.map((request) => request.postDataJSON().variables)).toEqual([
        expect.objectContaining({ speaker: "sergei-lavrov", first: perPage, after: expect.any(String) }),
      ]);
      await expect(page.getByText(/^Showing \d+ of \d+ statements\.$/).textContent()).resolves.toMatch(`Showing ${expected.length} of`);
    });
  });

  it("can be read on from the keyboard: focus lands on the first statement that came in", async () => {
    const expected = await lavrovsStatements(2 * perPage);
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}${actorPage}`, { waitUntil: "networkidle" });
      await page.getByRole("link", { name: "Load more statements" }).focus();
      await page.keyboard.press("Enter");
      await page.locator("article.statement").nth(perPage).waitFor();
      const focused = await page.evaluate(() => document.activeElement?.closest("article.statement")?.id);
      expect(focused).toBe(`statement-${expected[perPage]}`);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });

  it("says so, and keeps what is shown, when more cannot be loaded", async () => {
    await onPage(stack.browser, { allowProblems: true }, async ({ page }) => {
      await page.goto(`${stack.web.url}${actorPage}`, { waitUntil: "networkidle" });
      await page.route(`${stack.api.url}/graphql`, (route) => route.abort("connectionrefused"));
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.getByText("More statements could not be loaded", { exact: false }).waitFor();
      await expect(page.locator("article.statement").count()).resolves.toBe(perPage);
      await page.unroute(`${stack.api.url}/graphql`);
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.locator("article.statement").nth(perPage).waitFor();
    });
  });
});
