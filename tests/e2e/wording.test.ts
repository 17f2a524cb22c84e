import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

// The phrases issue 17 found a reader trips on, each mended.
describe("the wording a reader trips on", () => {
  it("says of two events the sources leave unordered that each is 4th or 5th, and why, not “order relative to … not reported”", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/events/lavrov-press-conference-london`);
      const order = page.locator("dt:text-is('Order') + dd");
      await expect(order.textContent()).resolves.toBe(
        "4th or 5th event of the day: the sources do not say whether it came before or after “John Kerry's press conference after the talks”",
      );
      await expect(page.getByText(/order relative to/).count()).resolves.toBe(0);
    });
  });

  it("leads from a source's statements back to the paragraph of the text they are read from, not to character offsets", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/sources/2014-03-14-kerry-lavrov-london`);
      await expect(page.getByText(/Characters \d+/).count()).resolves.toBe(0);
      const links = await page.locator(".source-statement-back a").allTextContents();
      expect(links.length).toBeGreaterThan(10);
      const paragraphs = links.map((text) => Number(/^See it in the text, paragraph (\d+)$/.exec(text)?.[1]));
      expect(paragraphs.every((paragraph) => paragraph >= 1)).toBe(true);
      // The statements are listed in the order of their spans, so their paragraphs never go back.
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      // The first statement's paragraph is the one its span lies in.
      const first = page.locator(".source-statements > li").first();
      const slug = (await first.getAttribute("id"))!.replace(/^about-/, "");
      const paragraphOfSpan = await page.evaluate((anchor) => {
        const marker = document.getElementById(anchor)!;
        const range = document.createRange();
        range.setStart(document.querySelector(".source-text")!, 0);
        range.setEndBefore(marker);
        // The text up to the span's anchor (its numbered notes add no lines).
        const before = range.toString();
        return before.split("\n").filter((line, index, lines) => line.trim() !== "" || index === lines.length - 1).length;
      }, slug);
      expect(paragraphs[0]).toBe(paragraphOfSpan);
    });
  });

  it("shows keyboard hints where there is a keyboard, not on a touch-only phone", async () => {
    const phone = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const desktop = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      for (const [context, shown] of [
        [phone, false],
        [desktop, true],
      ] as const) {
        const page = await context.newPage();
        await page.goto(`${stack.web.url}/range`, { waitUntil: "networkidle" });
        const hints = await page
          .locator(".range-keys")
          .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).offsetParent !== null));
        expect(hints.length).toBe(2);
        expect(hints).toEqual([shown, shown]);
      }
    } finally {
      await phone.close();
      await desktop.close();
    }
  });

  it("draws the lanes' statements as marks, not as underlined links of quoted text", async () => {
    await onPage(stack.browser, { viewport: { width: 1280, height: 720 }, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/?view=lanes`);
      await expect(
        page.locator(".lanes-chart a.lane-mark").evaluateAll((links) => links.every((link) => link.textContent === "")),
      ).resolves.toBe(true);
      await expect(
        page.locator(".lanes-by-actor blockquote").evaluateAll((quotes) => quotes.some((quote) => quote.closest("a"))),
      ).resolves.toBe(false);
    });
  });
});
