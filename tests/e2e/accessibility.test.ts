import AxeBuilder from "@axe-core/playwright";
import { axeViolations } from "../support/axe";
import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const pages = [
  "/",
  "/?view=lanes",
  "/days/2014-03-16",
  "/days/2014-03-15",
  "/events/lavrov-press-conference-london",
  "/actors/sergei-lavrov",
  "/sources/2014-03-14-kerry-lavrov-london#lavrov-kerry-voiced-no-threats-on-sanctions",
  "/search",
  "/search?q=respecting+choices&actor=john-kerry",
  "/compare",
  "/range",
  "/range?from=2014-03-01&to=2014-04-01",
  "/range?from=2014-03-01&to=2014-04-01&zoom=day",
  "/compare?actors=john-kerry,sergei-lavrov&topic=choices-of-ukrainians",
];

describe("accessibility", () => {
  it.each(pages)("breaks no WCAG 2.2 A or AA rule axe can check, on %s", async (pagePath) => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}${pagePath}`, { waitUntil: "networkidle" });
      await expect(axeViolations(page)).resolves.toEqual([]);
    });
  });

  it("breaks no rule on the 404 page either", async () => {
    await onPage(stack.browser, { allowProblems: true }, async ({ page, problems }) => {
      await page.goto(`${stack.web.url}/events/no-such-event`, { waitUntil: "networkidle" });
      // The page's own 404, which the browser also logs: nothing else.
      expect(problems).toEqual([`HTTP 404: ${stack.web.url}/events/no-such-event`, expect.stringMatching(/status of 404/)]);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });

  it("has a banner, navigation, main content and footer on every page, and one h1", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      for (const pagePath of pages) {
        await page.goto(`${stack.web.url}${pagePath}`);
        for (const role of ["banner", "main", "contentinfo"] as const) {
          await expect(page.getByRole(role).count()).resolves.toBe(1);
        }
        await expect(page.getByRole("navigation", { name: "Main" }).count()).resolves.toBe(1);
        await expect(page.locator("h1").count()).resolves.toBe(1);
      }
    });
  });

  it("is usable from the keyboard alone: skip link, visible focus, the day's marks, the lanes' marks", async () => {
    await onPage(stack.browser, { reducedMotion: "reduce", viewport: { width: 1280, height: 720 } }, async ({ page }) => {
      await page.goto(`${stack.web.url}/`, { waitUntil: "networkidle" });
      await page.keyboard.press("Tab");
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      await expect(focused()).resolves.toBe("Skip to main content");
      const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      await expect(outline()).resolves.toBe("solid");
      await page.keyboard.press("Enter");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");

      // Tab on to the day's first mark on its axis, and follow it to its event with Enter.
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.classList.contains("strip-mark"))) break;
      }
      await expect(page.evaluate(() => document.activeElement?.getAttribute("href"))).resolves.toBe("#event-hague-on-the-london-talks");
      await expect(outline()).resolves.toBe("solid");
      await page.keyboard.press("Enter");
      await page.waitForURL(/#event-hague-on-the-london-talks$/);

      // The lanes' marks take the focus, visibly.
      await page.goto(`${stack.web.url}/?view=lanes`, { waitUntil: "networkidle" });
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.classList.contains("lane-mark"))) break;
      }
      await expect(page.evaluate(() => document.activeElement?.classList.contains("lane-mark"))).resolves.toBe(true);
      await expect(outline()).resolves.toBe("solid");
    });
  });

  it("moves nothing for readers who ask for reduced motion", async () => {
    const scrollBehaviour = (reducedMotion: "reduce" | "no-preference") =>
      new Promise<string>((resolve, reject) =>
        onPage(stack.browser, { reducedMotion }, async ({ page }) => {
          await page.goto(`${stack.web.url}/`);
          resolve(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior));
        }).catch(reject),
      );
    await expect(scrollBehaviour("no-preference")).resolves.toBe("smooth");
    await expect(scrollBehaviour("reduce")).resolves.toBe("auto");
  });

  it("prints the day as a transcript: no navigation or forms, every statement unfolded", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/`, { waitUntil: "networkidle" });
      await page.emulateMedia({ media: "print" });
      for (const hidden of [".site-header nav", ".day-nav", ".view-switch", ".skip-link"]) {
        await expect(
          page
            .locator(hidden)
            .first()
            .evaluate((element) => getComputedStyle(element).display),
        ).resolves.toBe("none");
      }
      const card = page.locator("#statement-lavrov-kerry-voiced-no-threats-on-sanctions");
      await expect(card.isVisible()).resolves.toBe(true);
    });
  });
});
