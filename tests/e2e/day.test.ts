import { onPage } from "../support/browser";
import { screenshotAtEachWidth } from "../support/screenshots";
import { type Stack, startStack } from "../support/stack";
import { eventTitlesOfTheDay } from "../support/dataset";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe("the day view", () => {
  it("puts 14 March 2014's events on a time axis, says once that their time is not reported, and folds their statements", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(stack.web.url);
      await expect(page.locator(".day-axis > li h3").allTextContents()).resolves.toEqual(eventTitlesOfTheDay);
      await expect(page.locator(".day-axis .axis-mark").allTextContents()).resolves.toEqual([
        "1st",
        "2nd",
        "3rd",
        "4thorder against “Sergei Lavrov's press conference after the talks” not reported",
        "4thorder against “John Kerry's press conference after the talks” not reported",
      ]);
      const days = page.locator("section:has(#the-days-events)");
      await expect(days.getByText(/not reported/i).count()).resolves.toBe(3);
      await expect(days.getByText(/time of day not reported/i).count()).resolves.toBe(1);
      const folds = page.locator(".day-axis details.statement-fold");
      await expect(folds.count()).resolves.toBeGreaterThan(20);
      await expect(page.locator(".day-axis details.statement-fold[open]").count()).resolves.toBe(0);
      await expect(page.locator("#event-kerry-lavrov-talks-london").getByRole("link", { name: "Sergei Lavrov" }).count()).resolves.toBe(1);
    });
  });

  it("opens a folded statement on its full card, with its speaker's capacity and its source", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(stack.web.url, { waitUntil: "networkidle" });
      const fold = page.locator("details:has(#statement-lavrov-kerry-voiced-no-threats-on-sanctions)");
      await fold.locator("summary").focus();
      await page.keyboard.press("Enter");
      await expect(fold.getAttribute("open")).resolves.toBe("");
      const card = fold.locator("#statement-lavrov-kerry-voiced-no-threats-on-sanctions");
      await expect(card.isVisible()).resolves.toBe(true);
      await expect(card.textContent()).resolves.toContain("Foreign Minister, Russia");
      await expect(card.getByRole("link", { name: "See it in the source" }).getAttribute("href")).resolves.toMatch(
        /^\/sources\/[\w-]+#lavrov-kerry-voiced-no-threats-on-sanctions$/,
      );
    });
  });

  it("goes to the next and previous days with records, and to any day through the date picker, without scripts", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(stack.web.url);
      await expect(page.locator('a[rel="prev"]').count()).resolves.toBe(0);
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(`${stack.web.url}/days/2014-03-16`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Sunday 16 March 2014");
      await expect(page.locator(".day-axis h3").allTextContents()).resolves.toEqual([expect.stringMatching(/referendum/i)]);
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(`${stack.web.url}/`);

      await page.getByLabel("Go to a day").fill("2014-03-15");
      await page.getByRole("button", { name: "Show the day" }).click();
      await page.waitForURL(`${stack.web.url}/days/2014-03-15`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Saturday 15 March 2014");
      await expect(page.getByText("No events are recorded for this day.").count()).resolves.toBe(1);
    });
  });

  it("switches to one lane per actor, a view the address keeps across a reload", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(stack.web.url, { waitUntil: "networkidle" });
      await page.getByRole("link", { name: "Lanes by actor" }).click();
      await page.waitForURL(`${stack.web.url}/?view=lanes`);
      await page.reload({ waitUntil: "networkidle" });
      const lanes = page.getByRole("region", { name: /one column per actor/ });
      const actors = await lanes.locator("thead th").allTextContents();
      expect(actors).toEqual(expect.arrayContaining(["Event", "John Kerry", "Sergei Lavrov"]));
      const lavrov = actors.indexOf("Sergei Lavrov");
      const atHisConference = lanes.locator("tbody tr#event-lavrov-press-conference-london > *").nth(lavrov);
      await expect(atHisConference.textContent()).resolves.toContain("Secretary Kerry did not voice any threats");
      await expect(page.getByRole("link", { name: "Lanes by actor" }).getAttribute("aria-current")).resolves.toBe("page");
      // The lanes scroll sideways on their own, and take the keyboard's focus to do it.
      await expect(lanes.getAttribute("tabindex")).resolves.toBe("0");
    });
  });

  it("answers 404 for a date that is not one", async () => {
    const response = await fetch(`${stack.web.url}/days/2014-02-30`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("is not a day");
  });

  it("fits a phone's width, the lanes scrolling within themselves", async () => {
    for (const view of ["", "?view=lanes"]) {
      await onPage(stack.browser, { viewport: { width: 375, height: 800 } }, async ({ page }) => {
        await page.goto(`${stack.web.url}/${view}`, { waitUntil: "networkidle" });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });

  it("is photographed at phone, tablet and desktop widths", async () => {
    await screenshotAtEachWidth(stack.browser, stack.web.url, "day", async (page) => {
      await page.locator(".day-axis details summary").first().click();
    });
    await screenshotAtEachWidth(stack.browser, `${stack.web.url}/?view=lanes`, "lanes");
  });
});
