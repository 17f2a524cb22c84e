import type { Locator } from "playwright-core";
import { timedDay, timedDayScenario } from "../scenarios/timed-day";
import { onPage } from "../support/browser";
import { type Stack, startStackWith } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStackWith(timedDayScenario);
});
afterAll(() => stack?.stop());

const desktop = { width: 1280, height: 720 };
const dayPath = `/days/${timedDay.date}`;

/** The horizontal centre of each element, in pixels. */
const centres = (locator: Locator) =>
  locator.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().left + element.getBoundingClientRect().width / 2),
  );

describe("a day whose source gives clock times", () => {
  it("draws its events to the clock, in Geneva's time, with the long quiet afternoon drawn shorter and marked", async () => {
    await onPage(stack.browser, { viewport: desktop, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${dayPath}`);
      await expect(page.locator(".day-facts").textContent()).resolves.toContain(
        "Drawn to the clock; long quiet stretches are drawn shorter, and marked.",
      );
      await expect(page.locator(".slot-when").allTextContents()).resolves.toEqual(["08:30 CEST", "09:15 CEST", "10:00 CEST", "17:30 CEST"]);
      const [breakfast, answer, pressConference, closing] = await centres(page.locator(".strip-mark .strip-dot"));
      // 45 minutes and 45 minutes: the same distance, to the pixel.
      expect(Math.abs(answer! - breakfast! - (pressConference! - answer!))).toBeLessThan(1.5);
      // Seven and a half hours, ten times as long, drawn at most twice as long, and said.
      const quiet = closing! - pressConference!;
      expect(quiet).toBeLessThanOrEqual(2.05 * (answer! - breakfast!));
      await expect(page.locator(".day-strip .axis-gap").textContent()).resolves.toBe("7 h 30 min quiet (drawn shorter than the clock)");
      const gap = await page.locator(".day-strip .axis-gap").boundingBox();
      expect(gap!.x).toBeGreaterThanOrEqual(pressConference! - 1);
      expect(gap!.x + gap!.width).toBeLessThanOrEqual(closing! + 1);
      // Ticks on the hour and half hour of the stretches drawn to scale.
      await expect(page.locator(".day-strip .axis-tick").allTextContents()).resolves.toEqual(
        expect.arrayContaining(["08:30", "09:00", "09:30", "10:00"]),
      );
    });
  });

  it("explains an agreement and a contradiction from the stances of the statements on either side", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${dayPath}`);
      const okafor = page.locator("#statement-okafor-ceasefire-must-hold");
      await expect(okafor.locator(".relation--contradicts").textContent()).resolves.toBe(
        "Contradicted by Chen Wei: “A ceasefire frozen for the winter rewards the aggressor.” — Amara Okafor supports the winter ceasefire, Chen Wei opposes it.",
      );
      await expect(okafor.locator(".relation--agrees_with").textContent()).resolves.toMatch(
        /^Agreed with by Dana Ferreira: \(reported speech\) Dana Ferreira said .* — Both support the winter ceasefire\.$/,
      );
    });
  });

  it("draws every relation between the lanes, of every kind, with a legend that names each", async () => {
    await onPage(stack.browser, { viewport: desktop }, async ({ page }) => {
      await page.goto(`${stack.web.url}${dayPath}?view=lanes`, { waitUntil: "networkidle" });
      const kinds = await page.locator(".lane-lines .lane-link").evaluateAll((paths) => paths.map((path) => path.getAttribute("class")));
      expect(kinds.sort()).toEqual(
        ["agrees_with", "continues", "contradicts", "responds_to", "restates"].map((kind) => `lane-link lane-link--${kind}`),
      );
      await expect(page.locator(".lanes-legend").textContent()).resolves.toMatch(
        /responds to.*contradicts.*agrees with.*restates.*continues/,
      );
      // Each line ends on the marks it joins, at this width.
      const ends = await page.locator(".lane-lines .lane-link--contradicts").evaluate((path: SVGPathElement) => {
        const length = path.getTotalLength();
        const matrix = path.getScreenCTM()!;
        return [path.getPointAtLength(0), path.getPointAtLength(length)]
          .map((point) => point.matrixTransform(matrix))
          .map(({ x, y }) => ({ x, y }));
      });
      const markCentre = async (slug: string) => {
        const box = (await page.locator(`[aria-describedby="card-${slug}"]`).boundingBox())!;
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      for (const [end, slug] of [
        [ends[0]!, "chen-frozen-ceasefire-rewards-aggressor"],
        [ends[1]!, "okafor-ceasefire-must-hold"],
      ] as const) {
        const centre = await markCentre(slug);
        expect(Math.abs(end.x - centre.x)).toBeLessThan(2);
        expect(Math.abs(end.y - centre.y)).toBeLessThan(2);
      }
    });
  });

  it("folds the lanes past a screen's worth into “+N more”, which opens them without scripts", async () => {
    await onPage(stack.browser, { viewport: desktop, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${dayPath}?view=lanes`);
      const lanes = timedDay.observers + 4;
      const open = page.locator(".lanes-chart > .lanes-block .lane-name");
      await expect(open.count()).resolves.toBe(7);
      // The lanes with statements stay open.
      await expect(open.allTextContents()).resolves.toEqual(
        expect.arrayContaining(["Amara Okafor", "Bruno Lindqvist", "Chen Wei", "Dana Ferreira"]),
      );
      const more = page.locator(".lanes-more > summary");
      await expect(more.locator(".lanes-more-count").textContent()).resolves.toBe(`+${lanes - 7} more`);
      await expect(page.locator(".lanes-more .lane-name").first().isVisible()).resolves.toBe(false);
      await more.click();
      await expect(page.locator(".lanes-more .lane-name").first().isVisible()).resolves.toBe(true);
      await expect(page.locator(".lanes-more .lane-name").count()).resolves.toBe(lanes - 7);
      await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBe(0);
    });
  });
});
