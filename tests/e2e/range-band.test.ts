import type { Page } from "playwright-core";
import { onPage } from "../support/browser";
import { clusterRows } from "../support/range-page";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const desktop = { width: 1280, height: 900 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** The period the address names, as [from, to) in days. */
function period(page: Page): { from: string; to: string; days: number } {
  const params = new URL(page.url()).searchParams;
  const from = params.get("from") ?? "2014-01-01";
  const to = params.get("to") ?? "2015-01-01";
  return { from, to, days: (Date.parse(to) - Date.parse(from)) / DAY_MS };
}

/** Waits for the band to load a period other than `before`, and for its list. */
async function periodChanged(page: Page, before: string): Promise<void> {
  await page.waitForURL((url) => url.toString() !== before, { timeout: 10_000 });
  await page.waitForLoadState("networkidle");
}

/** A point on the band at `fraction` of its width, halfway down. */
async function bandPoint(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator(".range-band-plot").boundingBox())!;
  return { x: box.x + box.width * fraction, y: box.y + box.height / 2 };
}

/** Where a day of 2014 lies along the band, as a fraction of its width (the band spans 2014). */
const of2014 = (day: string) => (Date.parse(day) - Date.parse("2014-01-01")) / (365 * DAY_MS);

describe("the range's band over everything recorded", () => {
  it("is drawn on the server: a bar per day with events on a real time axis, and the period listed below as its window", async () => {
    await onPage(stack.browser, { viewport: desktop, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/range?from=2014-03-01&to=2014-04-01`);
      await expect(page.locator(".range-band-title").textContent()).resolves.toBe("Everything recorded, events per day");
      // Two days with events: 14 March (five) and 16 March (one).
      await expect(page.locator(".range-band-bars").getAttribute("d")).resolves.toMatch(
        /^M[\d.]+,64V[\d.]+h[\d.]+V64ZM[\d.]+,64V[\d.]+h[\d.]+V64Z$/,
      );
      await expect(page.locator(".range-band-tick").allTextContents()).resolves.toEqual(
        expect.arrayContaining(["2014", "Mar", "Apr", "2015"]),
      );
      const band = (await page.locator(".range-band-plot").boundingBox())!;
      const window = (await page.locator(".range-band-window").boundingBox())!;
      expect(Math.abs(window.x - band.x - of2014("2014-03-01") * band.width)).toBeLessThan(2);
      expect(Math.abs(window.x + window.width - band.x - of2014("2014-04-01") * band.width)).toBeLessThan(2);
    });
  });

  it("picks a period by a drag across it, and lists that period's events below, day by day", async () => {
    await onPage(stack.browser, { viewport: desktop }, async ({ page }) => {
      await page.goto(`${stack.web.url}/range`, { waitUntil: "networkidle" });
      const start = await bandPoint(page, of2014("2014-03-10"));
      const end = await bandPoint(page, of2014("2014-03-21"));
      const before = page.url();
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(end.x, end.y, { steps: 8 });
      await page.mouse.up();
      await periodChanged(page, before);
      const { from, to } = period(page);
      expect(Math.abs(Date.parse(from) - Date.parse("2014-03-10"))).toBeLessThanOrEqual(DAY_MS);
      expect(Math.abs(Date.parse(to) - Date.parse("2014-03-21"))).toBeLessThanOrEqual(DAY_MS);
      await expect(page.locator("h1").textContent()).resolves.toMatch(/March 2014 to .* March 2014/);
      await expect(clusterRows(page)).resolves.toEqual(["Friday 14 March 20145 events", "Sunday 16 March 20141 event"]);
    });
  });

  it("narrows the period around the pointer when the wheel turns over it", async () => {
    await onPage(stack.browser, { viewport: desktop }, async ({ page }) => {
      await page.goto(`${stack.web.url}/range`, { waitUntil: "networkidle" });
      const march14 = await bandPoint(page, of2014("2014-03-14"));
      const before = page.url();
      await page.mouse.move(march14.x, march14.y);
      for (let turn = 0; turn < 6; turn++) await page.mouse.wheel(0, -240);
      await periodChanged(page, before);
      const { from, to, days } = period(page);
      expect(days).toBeLessThan(365 / 3);
      expect(from <= "2014-03-14" && to > "2014-03-14").toBe(true);
    });
  });

  it("narrows the period between two fingers that pinch apart on a touch screen", async () => {
    const phone = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      await page.goto(`${stack.web.url}/range`, { waitUntil: "networkidle" });
      const centre = await bandPoint(page, of2014("2014-03-14"));
      const touch = await page.context().newCDPSession(page);
      const fingers = (spread: number) => [
        { x: centre.x - spread, y: centre.y, id: 1 },
        { x: centre.x + spread, y: centre.y, id: 2 },
      ];
      const before = page.url();
      await touch.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(10) });
      for (let spread = 20; spread <= 120; spread += 20) {
        await touch.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
      }
      await touch.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await periodChanged(page, before);
      const { from, to, days } = period(page);
      expect(days).toBeLessThan(300);
      expect(from <= "2014-03-14" && to > "2014-03-14").toBe(true);
    } finally {
      await phone.close();
    }
  });

  it("moves, narrows and widens the period from the keyboard, once the band has the focus", async () => {
    await onPage(stack.browser, { viewport: desktop }, async ({ page }) => {
      await page.goto(`${stack.web.url}/range?from=2014-03-01&to=2014-05-01`, { waitUntil: "networkidle" });
      const steps: [string, (now: ReturnType<typeof period>, was: ReturnType<typeof period>) => void][] = [
        ["+", (now, was) => expect(now.days).toBeLessThan(was.days * 0.6)],
        ["ArrowRight", (now, was) => expect(now.from > was.from && Math.abs(now.days - was.days) <= 1).toBe(true)],
        ["-", (now, was) => expect(now.days).toBeGreaterThan(was.days * 1.6)],
        ["Home", (now) => expect(now.from).toBe("2014-01-01")],
      ];
      for (const [key, check] of steps) {
        const was = period(page);
        const before = page.url();
        await page.locator(".range-band").focus();
        await page.keyboard.press(key);
        await periodChanged(page, before);
        check(period(page), was);
      }
    });
  });
});
