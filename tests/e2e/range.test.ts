import { quietAndBusyDays, quietAndBusyDaysDataset, scenarioDay } from "../scenarios/quiet-and-busy-days";
import { onPage } from "../support/browser";
import { clusterRows as clusters, scenarioRange } from "../support/range-page";
import { type Stack, startStackWithDataset } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStackWithDataset(quietAndBusyDaysDataset());
});
afterAll(() => stack?.stop());

// What the server sends: the view as it reads without scripts, its form, its 404 and its empty state.
describe("the range view", () => {
  it("clusters a year's events by month, and zooms in to days and then to a day's view, without scripts", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/range`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Wednesday 1 January 2014 to Wednesday 31 December 2014");
      await expect(clusters(page)).resolves.toEqual(["March 20146 events"]);
      await page.getByRole("link", { name: "March 2014", exact: true }).click();
      await page.waitForURL(`${stack.web.url}/range?from=2014-03-01&to=2014-04-01&zoom=day`);
      await expect(clusters(page)).resolves.toEqual(["Friday 14 March 20145 events", "Sunday 16 March 20141 event"]);
      await page.getByRole("link", { name: "Friday 14 March 2014", exact: true }).click();
      await page.waitForURL(`${stack.web.url}/days/2014-03-14`);
    });
  });

  it("zooms by its links without scripts too, each to its own address", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/range?from=2014-01-01&to=2015-01-01`);
      await page.getByRole("link", { name: "Zoom out to years" }).click();
      await page.waitForURL(`${stack.web.url}/range?from=2014-01-01&to=2015-01-01&zoom=year`);
      await expect(clusters(page)).resolves.toEqual(["20146 events"]);
    });
  });

  it("sends 400 rows of a long range without scripts, and a link on to the rest", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}${scenarioRange("day")}`);
      await expect(page.locator(".range-clusters > li").count()).resolves.toBe(400);
      // The 401st day with events, counted from the scenario's first: every day has some.
      await page.getByRole("link", { name: "The range from Tuesday 5 February 2002 on" }).click();
      await page.waitForURL(`${stack.web.url}/range?from=${scenarioDay(400)}&to=${quietAndBusyDays.to}&zoom=day`);
      await expect(page.locator(".range-link").first().textContent()).resolves.toBe("Tuesday 5 February 2002");
    });
  });

  it("zooms out to years through its form, keeping the range in the address", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/range?from=2010-01-01&to=2020-01-01`, { waitUntil: "networkidle" });
      await expect(page.getByLabel("Group by").inputValue()).resolves.toBe("year");
      await expect(clusters(page)).resolves.toEqual(["20146 events"]);
      await page.getByLabel("Group by").selectOption("month");
      await page.getByRole("button", { name: "Show" }).click();
      await page.waitForURL(`${stack.web.url}/range?from=2010-01-01&to=2020-01-01&zoom=month`);
      await expect(clusters(page)).resolves.toEqual(["March 20146 events"]);
    });
  });

  it("answers 404 for a range that is not one", async () => {
    expect((await fetch(`${stack.web.url}/range?from=2014-03-20&to=2014-03-01`)).status).toBe(404);
    expect((await fetch(`${stack.web.url}/range?from=2014-02-30&to=2014-03-01`)).status).toBe(404);
  });

  it("says so when a range holds no event", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/range?from=1990-01-01&to=1991-01-01`, { waitUntil: "networkidle" });
      await expect(page.getByText("No events are recorded in this range.").count()).resolves.toBe(1);
    });
  });
});
