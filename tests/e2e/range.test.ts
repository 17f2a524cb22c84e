import { onPage } from "../support/browser";
import { screenshotAtEachWidth } from "../support/screenshots";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const clusters = (page: import("playwright-core").Page) =>
  page.locator(".range-clusters li").evaluateAll((items) => items.map((item) => item.textContent));

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

  it("is photographed at phone, tablet and desktop widths", async () => {
    await screenshotAtEachWidth(stack.browser, `${stack.web.url}/range?from=2014-03-01&to=2014-04-01`, "range");
  });
});
