import { mkdir } from "node:fs/promises";
import path from "node:path";
import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";
import { eventTitlesOfTheDay } from "../support/dataset";

/** Screenshots for looking into a failure land here (git-ignored); the README's are in docs/screenshots. */
const artifacts = path.resolve(__dirname, "..", "artifacts");

let stack: Stack;
let api: Stack["api"];
let web: Stack["web"];
let browser: Stack["browser"];

beforeAll(async () => {
  stack = await startStack();
  ({ api, web, browser } = stack);
  await mkdir(artifacts, { recursive: true });
});

afterAll(() => stack?.stop());

/** Asks the API the web app calls: what the pages show comes from it. */
async function askTheApi<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: Data }).data;
}

/** How many statements the API holds for the events of 14 March 2014: the page shows every one. */
async function statementsOfTheDay(): Promise<number> {
  const { timeline } = await askTheApi<{ timeline: { edges: { node: { statements: { totalCount: number } } }[] } }>(
    `{ timeline(from: "2014-03-14T00:00:00Z", to: "2014-03-15T00:00:00Z", first: 100) { edges { node { statements { totalCount } } } } }`,
  );
  return timeline.edges.reduce((sum, edge) => sum + edge.node.statements.totalCount, 0);
}

/** How many statements the API holds for an actor. */
async function statementsOf(slug: string): Promise<number> {
  const { actor } = await askTheApi<{ actor: { statements: { totalCount: number } } }>(
    `query ($slug: String!) { actor(slug: $slug) { statements { totalCount } } }`,
    { slug },
  );
  return actor.statements.totalCount;
}

/** How many of an actor's statements the web app shows at a time. */
const statementsPerPage = 10;

describe("the web timeline", () => {
  it("server-renders the 14 March 2014 timeline, every kind of statement included, before any script runs", async () => {
    await onPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(web.url);
      await expect(page.locator("h1").textContent()).resolves.toBe("Friday 14 March 2014");
      await expect(page.locator("section:has(#the-days-events) article.event h3").allTextContents()).resolves.toEqual(eventTitlesOfTheDay);
      const quote = page.locator("#statement-mfa-russia-break-is-over-match-continues blockquote");
      await expect(quote.textContent()).resolves.toBe("“Break is over. Match continues.”");
      for (const kind of ["Direct quote", "Partial quote", "Paraphrase"]) {
        await expect(page.getByText(kind, { exact: true }).count()).resolves.toBeGreaterThan(0);
      }
      await expect(page.locator("article.statement").count()).resolves.toBe(await statementsOfTheDay());
      await expect(page.getByText("time of day not reported").count()).resolves.toBeGreaterThan(0);
      const announced = page.locator("section:has(#announced-for-later)");
      await expect(announced.textContent()).resolves.toMatch(/Crimean referendum[\s\S]*Sunday 16 March 2014[\s\S]*Scheduled/);
    });
  });

  it("shows who said each quote, in what capacity, and where it is written down, from its own servers alone", async () => {
    await onPage(browser, {}, async ({ page, origins }) => {
      await page.goto(web.url, { waitUntil: "networkidle" });
      const statement = page.locator("#statement-lavrov-kerry-voiced-no-threats-on-sanctions");
      await expect(statement.locator("blockquote").textContent()).resolves.toBe(
        "“Secretary Kerry did not voice any threats against Russia as to the sanctions”",
      );
      const card = (await statement.textContent()) ?? "";
      expect(card).toContain("Sergei Lavrov");
      // The capacity he spoke in is said once, with his press conference's speakers.
      await expect(page.locator("#event-lavrov-press-conference-london .day-event-facts").textContent()).resolves.toContain(
        "Foreign Minister, Russia",
      );
      // Its source, the day's only one, is named once above the day's events.
      await expect(page.locator(".day-facts").textContent()).resolves.toContain(
        "[Kerry and Lavrov talks in London on Ukraine and the Crimean referendum]",
      );
      await page.locator("#event-lavrov-press-conference-london").evaluate((element) => element.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: path.join(artifacts, "timeline.png"), fullPage: false });
      // No fonts, scripts or styles from a CDN: only the web app (and the API it calls) are asked for anything.
      expect([...origins].filter((origin) => origin !== web.url && origin !== api.url)).toEqual([]);
    });
  });

  it("opens an actor's page from the timeline, with their ties, statements and events", async () => {
    await onPage(browser, {}, async ({ page }) => {
      await page.goto(web.url, { waitUntil: "networkidle" });
      await page.locator("#event-kerry-lavrov-talks-london").getByRole("link", { name: "Sergei Lavrov" }).first().click();
      await page.waitForURL(`${web.url}/actors/sergei-lavrov`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Sergei Lavrov");
      await expect(page.getByText("holds office in Russia as Foreign Minister", { exact: false }).count()).resolves.toBe(1);
      const said = await statementsOf("sergei-lavrov");
      expect(said).toBeGreaterThan(statementsPerPage);
      await expect(page.locator("article.statement").count()).resolves.toBe(statementsPerPage);
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.locator("article.statement").nth(statementsPerPage).waitFor();
      await expect(page.locator("article.statement").count()).resolves.toBe(Math.min(said, 2 * statementsPerPage));
      await page.screenshot({ path: path.join(artifacts, "actor-sergei-lavrov.png"), fullPage: true });
    });
  });

  it.each(["/", "/actors/sergei-lavrov"])("fits a phone's screen without scrolling sideways, on %s", async (pagePath) => {
    await onPage(browser, { viewport: { width: 375, height: 800 } }, async ({ page }) => {
      await page.goto(`${web.url}${pagePath}`, { waitUntil: "networkidle" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
