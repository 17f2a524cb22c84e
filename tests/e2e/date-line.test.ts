import { dateLine, dateLineScenario } from "../scenarios/date-line";
import { onPage } from "../support/browser";
import { csvRecords, download } from "../support/downloads";
import { startStackWith } from "../support/stack";

const startDateLine = () => startStackWith(dateLineScenario);
let stack: Awaited<ReturnType<typeof startDateLine>>;
beforeAll(async () => {
  stack = await startDateLine();
});
afterAll(() => stack?.stop());

const { thursday, friday, saturday } = dateLine;

/** The events a day view links to, of the scenario's. */
async function eventsOnDayPage(date: string): Promise<string[]> {
  const html = await (await fetch(`${stack.web.url}/days/${date}`)).text();
  return Object.values(stack.records.events)
    .map((event) => event.slug)
    .filter((slug) => html.includes(`/events/${slug}"`));
}

/** The events of a CSV export, in its order. */
async function eventsExported(path: string): Promise<string[]> {
  const { status, body } = await download(`${stack.web.url}${path}`);
  expect(status).toBe(200);
  return [...new Set(csvRecords(body).map((row) => row.event_slug ?? ""))];
}

describe("days either side of the date line", () => {
  it("shows each event on its own local day, not UTC's", async () => {
    const { events } = stack.records;
    await expect(eventsOnDayPage(thursday)).resolves.toEqual([events.londonNoon.slug, events.lateInHonolulu.slug]);
    await expect(eventsOnDayPage(friday)).resolves.toEqual([events.earlyInTonga.slug]);
  });

  it("exports a day and a range of days by the same local dates", async () => {
    const { events } = stack.records;
    await expect(eventsExported(`/days/${thursday}/export?format=csv`)).resolves.toEqual([
      events.londonNoon.slug,
      events.lateInHonolulu.slug,
    ]);
    await expect(eventsExported(`/range/export?from=${friday}&to=${saturday}&format=csv`)).resolves.toEqual([events.earlyInTonga.slug]);
    await expect(eventsExported(`/range/export?from=${thursday}&to=${saturday}&format=csv`)).resolves.toEqual([
      events.londonNoon.slug,
      events.earlyInTonga.slug,
      events.lateInHonolulu.slug,
    ]);
  });

  it("lists a quiet day's events in the range view under their local day", async () => {
    const { events } = stack.records;
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(`${stack.web.url}/range?from=${thursday}&to=${saturday}&zoom=day`, { waitUntil: "networkidle" });
      const links = (day: string) => page.locator(`[data-start="${day}"] .range-events a`);
      await links(friday).first().waitFor();
      await expect(links(thursday).evaluateAll((all) => all.map((link) => link.getAttribute("href")))).resolves.toEqual([
        `/events/${events.londonNoon.slug}`,
        `/events/${events.lateInHonolulu.slug}`,
      ]);
      await expect(links(friday).evaluateAll((all) => all.map((link) => link.getAttribute("href")))).resolves.toEqual([
        `/events/${events.earlyInTonga.slug}`,
      ]);
    });
  });

  it("counts an event's place among the events of its own local day", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/events/${stack.records.events.lateInHonolulu.slug}`);
      await expect(page.locator("dt:text-is('Order') + dd").textContent()).resolves.toBe("2nd event of the day");
      await page.goto(`${stack.web.url}/events/${stack.records.events.earlyInTonga.slug}`);
      await expect(page.locator("dt:text-is('Order') + dd").textContent()).resolves.toBe("1st event of the day");
    });
  });
});
