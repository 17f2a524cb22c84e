import type { Page } from "playwright-core";
import { quietAndBusyDays, quietAndBusyDaysDataset, quietEventTitle, scenarioDay } from "../scenarios/quiet-and-busy-days";
import { onPage } from "../support/browser";
import { clusterNames as rowLinks, scenarioRange } from "../support/range-page";
import { type Stack, startStackWithDataset } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStackWithDataset(quietAndBusyDaysDataset());
});
afterAll(() => stack?.stop());

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

/** Marks the page's window: the mark outlives changes made in place, not a navigation. */
const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { rangeMark: true }));
const windowMarked = (page: Page) => page.evaluate(() => "rangeMark" in window);

// The range view in the browser: zooms in place, the keyboard, the virtualised list, a quiet day's events.
describe("the range view, zooming in place", () => {
  it("zooms in and out in place with its buttons, keeping each zoom in the address and after a reload", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}${scenarioRange()}`, { waitUntil: "networkidle" });
      await expect(rowLinks(page)).resolves.toEqual(["2001", "2002", "2003", "2004"]);
      await markWindow(page);

      await page.getByRole("link", { name: "Zoom in to months" }).click();
      await page.waitForURL(`${stack.web.url}${scenarioRange("month")}`);
      await expect(page.locator(".range-link").first().textContent()).resolves.toBe("January 2001");
      await expect(page.getByRole("status").textContent()).resolves.toBe("By months: 40 months with events.");
      await expect(page.getByLabel("Group by").inputValue()).resolves.toBe("month");

      await page.getByRole("link", { name: "Zoom in to days" }).click();
      await page.waitForURL(`${stack.web.url}${scenarioRange("day")}`);
      await expect(page.locator(".range-link").first().textContent()).resolves.toBe("Monday 1 January 2001");
      await expect(page.getByText("Zoom in", { exact: true }).getAttribute("aria-disabled")).resolves.toBe("true");
      await expect(windowMarked(page)).resolves.toBe(true);

      await page.reload({ waitUntil: "networkidle" });
      await expect(page.getByLabel("Group by").inputValue()).resolves.toBe("day");
      await expect(page.locator(".range-link").first().textContent()).resolves.toBe("Monday 1 January 2001");
      await page.getByRole("link", { name: "Zoom out to months" }).click();
      await page.waitForURL(`${stack.web.url}${scenarioRange("month")}`);
      await page.getByRole("link", { name: "Zoom out to years" }).click();
      await page.waitForURL(`${stack.web.url}${scenarioRange("year")}`);
      await expect(rowLinks(page)).resolves.toEqual(["2001", "2002", "2003", "2004"]);
    });
  });

  it("zooms with + and − and moves between periods with the arrow keys, keeping the reader's place", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}${scenarioRange("month")}`, { waitUntil: "networkidle" });
      await page.locator(".range-link").first().focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(focusedText(page)).resolves.toBe("March 2001");

      await page.keyboard.press("+");
      await page.waitForURL(`${stack.web.url}${scenarioRange("day")}`);
      await page.waitForFunction(() => document.activeElement?.textContent === "Thursday 1 March 2001");
      await page.keyboard.press("ArrowDown");
      await expect(focusedText(page)).resolves.toBe("Friday 2 March 2001");

      await page.keyboard.press("-");
      await page.waitForURL(`${stack.web.url}${scenarioRange("month")}`);
      await page.waitForFunction(() => document.activeElement?.textContent === "March 2001");
      await page.keyboard.press("End");
      await page.waitForFunction(() => document.activeElement?.textContent === "April 2004");
      // Back to days, loaded already: the list opens at once, where the focus was.
      await page.keyboard.press("+");
      await page.waitForFunction(() => document.activeElement?.textContent === "Thursday 1 April 2004");
      await page.keyboard.press("Home");
      await page.waitForFunction(() => document.activeElement?.textContent === "Monday 1 January 2001");
    });
  });

  it("keeps only the rows on screen in the document, however many days the range holds", async () => {
    await onPage(stack.browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await page.goto(`${stack.web.url}${scenarioRange("day")}`, { waitUntil: "networkidle" });
      // The virtual list replaces the server's rows once the page is hydrated, which network idle does not wait for.
      const rows = page.locator(".range-virtual > li");
      await rows.first().waitFor();
      await expect(rows.first().getAttribute("aria-setsize")).resolves.toBe(String(quietAndBusyDays.days));
      expect(await rows.count()).toBeLessThan(50);

      await page.locator(".range-link").first().focus();
      await page.keyboard.press("End");
      const lastDay = scenarioDay(quietAndBusyDays.days - 1);
      await page.waitForFunction((day) => document.activeElement?.closest("[data-start]")?.getAttribute("data-start") === day, lastDay);
      expect(await rows.count()).toBeLessThan(50);
      await page.locator(".range-scroll").evaluate((list) => list.scrollBy(0, -20_000));
      await page.waitForTimeout(200);
      expect(await rows.count()).toBeLessThan(50);
    });
  });

  it("lists a quiet day's events and leaves a busy day a count", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}${scenarioRange("day")}`, { waitUntil: "networkidle" });
      const quiet = page.locator(`[data-start="${scenarioDay(0)}"]`);
      const event = quiet.getByRole("link", { name: quietEventTitle(scenarioDay(0)) });
      await event.waitFor();
      await expect(event.getAttribute("href")).resolves.toBe(`/events/scenario-${scenarioDay(0)}-1`);
      await expect(quiet.locator(".range-event-time").textContent()).resolves.toBe("09:00 UTC");

      const busy = page.locator(`[data-start="${scenarioDay(9)}"]`);
      await expect(busy.locator(".range-count").textContent()).resolves.toBe("8 events");
      await expect(busy.locator(".range-events, .range-events-note").count()).resolves.toBe(0);
    });
  });

  it("says when a zoom could not be loaded, keeps the list it had, and tries again when asked", async () => {
    await onPage(stack.browser, { allowProblems: true }, async ({ page, problems }) => {
      await page.goto(`${stack.web.url}${scenarioRange()}`, { waitUntil: "networkidle" });
      await page.route(`${stack.api.url}/graphql`, (route) => route.abort("connectionrefused"));
      await page.getByRole("link", { name: "Zoom in to months" }).click();
      // Next.js has an alert of its own, for announcing routes: the range's is in its status.
      const alert = page.locator(".range-status [role=alert]");
      await expect(alert.textContent()).resolves.toMatch(/^The range by months could not be loaded: the Parley API could not be reached/);
      await expect(rowLinks(page)).resolves.toEqual(["2001", "2002", "2003", "2004"]);
      expect(page.url()).toBe(`${stack.web.url}${scenarioRange()}`);

      await page.unroute(`${stack.api.url}/graphql`);
      await page.getByRole("button", { name: "Try again" }).click();
      await page.waitForURL(`${stack.web.url}${scenarioRange("month")}`);
      await expect(alert.count()).resolves.toBe(0);
      // The refused request, which the browser also logs: nothing else.
      expect(problems).toEqual([
        expect.stringMatching(/^request failed: .*\/graphql \(net::ERR_CONNECTION_REFUSED\)$/),
        "console error: Failed to load resource: net::ERR_CONNECTION_REFUSED",
      ]);
    });
  });
});
