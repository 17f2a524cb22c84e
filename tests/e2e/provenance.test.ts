import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const source = "2014-03-14-kerry-lavrov-london";
const quote = "lavrov-kerry-voiced-no-threats-on-sanctions";

interface SourceStatement {
  slug: string;
  kind: string;
  text: string;
  excerpt: { start: number; end: number; text: string };
}

/** The statements the API holds for the source: the page marks every one. */
async function statementsOfTheSource(): Promise<SourceStatement[]> {
  const response = await fetch(`${stack.api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query ($source: String!) { statements(source: $source, first: 100) { edges { node { slug kind text excerpt { start end text } } } } }`,
      variables: { source },
    }),
  });
  const { data } = (await response.json()) as { data: { statements: { edges: { node: SourceStatement }[] } } };
  return data.statements.edges.map((edge) => edge.node);
}

describe("a source's page", () => {
  it("shows the full text with every statement's span marked, quotes apart from reported speech", async () => {
    const statements = await statementsOfTheSource();
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/sources/${source}`);
      await expect(page.locator(".source-text .span-anchor").count()).resolves.toBe(statements.length);
      for (const statement of statements) {
        const marked = await page.locator(`.source-text mark[data-statements~="${statement.slug}"]`).allTextContents();
        expect(marked.join("")).toBe(statement.excerpt.text);
      }
      const reported = statements.find((statement) => statement.kind === "PARAPHRASE")!;
      const reportedMarks = page.locator(`.source-text mark[data-statements~="${reported.slug}"]`);
      await expect(reportedMarks.first().getAttribute("class")).resolves.toBe("span--reported");
      // In the list, only a direct quote is put in quotation marks; a paraphrase is labelled reported speech.
      const entry = page.locator(`#about-${reported.slug}`);
      await expect(entry.locator(".words--reported").textContent()).resolves.toBe(`Reported speech: ${reported.text}`);
      await expect(page.locator(`#about-${quote} blockquote`).textContent()).resolves.toBe(
        "“Secretary Kerry did not voice any threats against Russia as to the sanctions”",
      );
    });
  });

  it("lands a statement's source link on its span, lit", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(stack.web.url, { waitUntil: "networkidle" });
      await page.locator(`#statement-${quote}`).getByRole("link", { name: "See it in the source" }).click();
      await page.waitForURL(`${stack.web.url}/sources/${source}#${quote}`);
      const mark = page.locator(`.source-text mark[data-statements~="${quote}"]`).first();
      // The browser scrolls to the address's span on its next frames (smoothly, unless motion is reduced): wait for it.
      await mark.evaluate(
        (element) =>
          new Promise<void>((resolve) => {
            const inView = () => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight;
            const check = () => (inView() ? resolve() : requestAnimationFrame(check));
            check();
          }),
      );
      await expect(mark.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe("rgb(255, 233, 168)");
      const box = await mark.boundingBox();
      const viewport = page.viewportSize()!;
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(viewport.height);
      // The other spans stay as they were.
      const other = page.locator(".source-text mark.span--quote:not([data-statements~='" + quote + "'])").first();
      await expect(other.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe("rgb(255, 233, 168)");
    });
  });
});
