import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "playwright-core";
import { crowdedSummit } from "../scenarios/crowded-summit";
import { onPage } from "../support/browser";
import { startStackWith } from "../support/stack";

const startSummit = () => startStackWith(crowdedSummit);
let stack: Awaited<ReturnType<typeof startSummit>>;
beforeAll(async () => {
  stack = await startSummit();
});
afterAll(() => stack?.stop());

/** Every call the browser makes to the API, and the documents it loads, in order. */
function watchRequests(page: Page): { toApi: Request[]; documents: string[] } {
  const watched = { toApi: [] as Request[], documents: [] as string[] };
  page.on("request", (request) => {
    if (request.url() === `${stack.api.url}/graphql`) watched.toApi.push(request);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) watched.documents.push(request.url());
  });
  return watched;
}

/** Apollo Client names each operation it sends. */
const operationOf = (request: Request): string | undefined => request.postDataJSON()?.operationName;
const speakers = (page: Page) => page.locator("article.statement .statement-speaker").allTextContents();
const shownSlugs = (page: Page) =>
  page.locator("article.statement").evaluateAll((cards) => cards.map((card) => card.id.replace(/^statement-/, "")));

/** Fills the form and sends it, as a reader would. */
async function search(page: Page, fields: { words?: string; speaker?: string }) {
  await page.getByLabel("Words").fill(fields.words ?? "");
  await page.getByLabel("Speaker").fill(fields.speaker ?? "");
  await page.getByRole("button", { name: "Search" }).click();
}

/** A mark on the page's `window`: it survives only while no other document is loaded. */
const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { searchedInPlace: true }));
const windowIsMarked = (page: Page) => page.evaluate(() => "searchedInPlace" in window);

/** The search page, loaded; from then on its requests are watched and its window is marked. */
async function openSearchWatched(page: Page) {
  await page.goto(`${stack.web.url}/search`, { waitUntil: "networkidle" });
  const requests = watchRequests(page);
  await markWindow(page);
  return requests;
}

describe("a search run in the page, with JavaScript", () => {
  it("fetches its results from the browser through Apollo Client, in place, the address following, and a reload renders the same on the server", async () => {
    const { quill } = stack.records.actors;
    await onPage(stack.browser, {}, async ({ page }) => {
      const requests = await openSearchWatched(page);

      await search(page, { speaker: quill.name });
      await page.waitForURL(/\/search\?q=&actor=Zygmunt\+Quill&kind=&topic=$/);
      await page.getByText("2 statements found.", { exact: true }).waitFor();
      await expect(speakers(page)).resolves.toEqual([quill.name, quill.name]);
      await expect(page.getByText("Showing 2 of 2 statements.").count()).resolves.toBe(1);
      // The export links follow the search, by the speaker's slug.
      await expect(page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href")).resolves.toBe(
        `/search/export?actor=${quill.slug}&format=csv`,
      );

      // The speaker's name settled and the statements fetched by the browser, with no page loaded.
      await expect(windowIsMarked(page)).resolves.toBe(true);
      expect(requests.documents).toEqual([]);
      const statements = requests.toApi.filter((request) => operationOf(request) === "Statements");
      expect(statements.map((request) => request.method())).toEqual(["POST"]);
      expect(statements[0]?.postDataJSON().variables).toEqual(expect.objectContaining({ speaker: quill.slug }));

      await page.reload({ waitUntil: "networkidle" });
      await expect(speakers(page)).resolves.toEqual([quill.name, quill.name]);
      await expect(page.getByLabel("Speaker").inputValue()).resolves.toBe(quill.name);
      // Rendered by the server this time: the browser asked the API for no statements again.
      expect(requests.documents).toEqual([page.url()]);
      expect(requests.toApi.filter((request) => operationOf(request) === "Statements")).toHaveLength(1);
    });
  });

  it("answers a search asked again from the cache, with its own marks, and goes Back through the searches", async () => {
    const { quill } = stack.records.actors;
    await onPage(stack.browser, {}, async ({ page }) => {
      const requests = await openSearchWatched(page);

      await search(page, { words: "quorum held" });
      await page.waitForURL(/\/search\?q=quorum\+held&actor=&kind=&topic=$/);
      await page.getByText(/^\d+ statements? found\.$/).waitFor();
      const held = await speakers(page);
      expect(held).toContain(quill.name);
      await expect(page.locator("article.statement mark.match").count()).resolves.toBeGreaterThan(0);

      await search(page, { speaker: quill.name });
      await page.waitForURL(/\/search\?q=&actor=Zygmunt\+Quill&kind=&topic=$/);
      await page.getByText("2 statements found.", { exact: true }).waitFor();
      // No words searched: none marked, though the same statements were marked a search ago.
      await expect(page.locator("article.statement mark.match").count()).resolves.toBe(0);

      const asked = requests.toApi.length;
      await search(page, { words: "quorum held" });
      await page.waitForURL(/\/search\?q=quorum\+held&actor=&kind=&topic=$/);
      await page.getByText(/^\d+ statements? found\.$/).waitFor();
      await expect(speakers(page)).resolves.toEqual(held);
      await expect(page.locator("article.statement mark.match").count()).resolves.toBeGreaterThan(0);
      expect(requests.toApi.length).toBe(asked);

      await page.goBack({ waitUntil: "commit" });
      await page.waitForURL(/\/search\?q=&actor=Zygmunt\+Quill&kind=&topic=$/);
      await page.waitForFunction(() => document.querySelectorAll("article.statement mark.match").length === 0);
      await expect(speakers(page)).resolves.toEqual([quill.name, quill.name]);
      await expect(page.getByLabel("Speaker").inputValue()).resolves.toBe(quill.name);
      expect(requests.toApi.length).toBe(asked);
      await expect(windowIsMarked(page)).resolves.toBe(true);
      expect(requests.documents).toEqual([]);
    });
  });

  it("shows a search from its first statement, though the server's list of it was read further before", async () => {
    const { quill } = stack.records.actors;
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?q=quorum`, { waitUntil: "networkidle" });
      const firstPage = await shownSlugs(page);
      await page.getByRole("link", { name: "Load more statements" }).click();
      await page.locator("article.statement").nth(firstPage.length).waitFor();

      await search(page, { speaker: quill.name });
      await page.waitForURL(/\/search\?q=&actor=Zygmunt\+Quill&kind=&topic=$/);
      await search(page, { words: "quorum" });
      await page.waitForURL(/\/search\?q=quorum&actor=&kind=&topic=$/);
      await page.getByText(/^[\d,]+ statements found\.$/).waitFor();
      await expect(shownSlugs(page)).resolves.toEqual(firstPage);
    });
  });

  it("leaves a name that fits several actors to the server, which offers them", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/search`, { waitUntil: "networkidle" });
      await search(page, { speaker: "summit delegate" });
      await page.waitForURL(/\/search\?q=&actor=summit\+delegate&kind=&topic=$/);
      await page.getByText("“summit delegate” matches more than one speaker: pick one.").waitFor();
      await expect(page.getByRole("status").getByRole("link").count()).resolves.toBeGreaterThan(1);
      await expect(page.locator("article.statement").count()).resolves.toBe(0);
    });
  });

  it("says so, and keeps the results shown, when the API cannot be reached; and breaks no WCAG rule axe checks", async () => {
    const { quill } = stack.records.actors;
    await onPage(stack.browser, { allowProblems: true }, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?actor=${quill.slug}`, { waitUntil: "networkidle" });
      await page.route(`${stack.api.url}/graphql`, (route) => route.abort("connectionrefused"));
      await search(page, { words: "quorum" });
      await page.getByText("The search could not be run", { exact: false }).waitFor();
      expect(page.url()).toBe(`${stack.web.url}/search?actor=${quill.slug}`);
      await expect(speakers(page)).resolves.toEqual([quill.name, quill.name]);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });
});
