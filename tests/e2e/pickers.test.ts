import AxeBuilder from "@axe-core/playwright";
import { crowdedSummit } from "../scenarios/crowded-summit";
import { onPage } from "../support/browser";
import { startStackWith } from "../support/stack";

const startSummit = () => startStackWith(crowdedSummit);
let stack: Awaited<ReturnType<typeof startSummit>>;
beforeAll(async () => {
  stack = await startSummit();
});
afterAll(() => stack?.stop());

/** The slugs of the first `first` actors the API lists: what a picker of the first page would offer. */
async function firstActors(first: number): Promise<string[]> {
  const response = await fetch(`${stack.api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query ($first: Int) { actors(first: $first) { edges { node { slug } } } }`, variables: { first } }),
  });
  const { data } = (await response.json()) as { data: { actors: { edges: { node: { slug: string } }[] } } };
  return data.actors.edges.map((edge) => edge.node.slug);
}

const speakers = (page: import("playwright-core").Page) => page.locator("article.statement .statement-speaker").allTextContents();

describe("the speaker and topic pickers", () => {
  it("suggests an actor beyond the first hundred as the name is typed, and searches by it, from the keyboard", async () => {
    const { quill } = stack.records.actors;
    await expect(firstActors(100)).resolves.not.toContain(quill.slug);
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/search`, { waitUntil: "networkidle" });
      await page.getByLabel("Speaker").focus();
      await page.keyboard.type("Zygm");
      const suggestions = page.locator("#search-actor-choices option");
      await page.waitForFunction(() => document.querySelectorAll("#search-actor-choices option").length > 0);
      await expect(suggestions.evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).resolves.toEqual([
        quill.name,
      ]);
      await page.getByLabel("Speaker").fill(quill.name);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/search\?q=&actor=Zygmunt\+Quill&kind=&topic=$/);
      await expect(speakers(page)).resolves.toEqual([quill.name, quill.name]);
    });
  });

  it("settles typed words on the server without scripts: a name the sources use, and words of a topic's name", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?actor=${encodeURIComponent("Mr Quill")}&topic=quorum`);
      await expect(speakers(page)).resolves.toEqual(["Zygmunt Quill", "Zygmunt Quill"]);
      await expect(page.getByLabel("Speaker").inputValue()).resolves.toBe("Zygmunt Quill");
      await expect(page.getByLabel("Topic").inputValue()).resolves.toBe(stack.records.topics.quorum.name);
    });
  });

  it("says when nothing matches, and offers the choices when several do", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?actor=nobody+at+all`);
      await expect(page.getByRole("status").textContent()).resolves.toBe(
        "No speaker matches “nobody at all”. Try fewer words, or other names for them.",
      );
      await expect(page.locator("article.statement").count()).resolves.toBe(0);

      await page.goto(`${stack.web.url}/search?actor=summit+delegate`);
      await expect(page.getByRole("status").locator("p").textContent()).resolves.toBe(
        "“summit delegate” matches more than one speaker: pick one.",
      );
      await page.getByRole("status").getByRole("link").first().click();
      await page.waitForURL(/\/search\?actor=summit-delegate-\d{3}$/);
      await expect(speakers(page)).resolves.toHaveLength(1);
    });
  });

  it("compares actors typed by name, beyond the first hundred, without scripts", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/compare`);
      await page.getByLabel("First actor").fill("Zygmunt Quill");
      await page.getByLabel("Second actor").fill("Summit delegate 001");
      await page.getByLabel("Topic").fill("quorum");
      await page.getByRole("button", { name: "Compare" }).click();
      await page.waitForURL(/\/compare\?actors=Zygmunt\+Quill&actors=Summit\+delegate\+001&actors=&topic=quorum$/);
      await expect(page.locator(".compare-column > h3").allTextContents()).resolves.toEqual(["Zygmunt Quill", "Summit delegate 001"]);
      await expect(page.locator("h1").textContent()).resolves.toBe(`Compare: ${stack.records.topics.quorum.name}`);
    });
  });

  it("breaks no WCAG 2.2 A or AA rule axe can check, suggestions showing", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/search?actor=summit+delegate`, { waitUntil: "networkidle" });
      await page.getByLabel("Topic").fill("quor");
      await page.waitForFunction(() => document.querySelectorAll("#search-topic-choices option").length > 0);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });
});
