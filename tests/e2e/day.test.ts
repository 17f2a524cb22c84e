import type { Page } from "playwright-core";
import { eventTitlesOfTheDay } from "../support/dataset";
import { onPage } from "../support/browser";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const desktop = { width: 1280, height: 720 };
const phone = { width: 390, height: 844 };

/** How far the page scrolls sideways: 0 when it fits its window. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The relations between the day's statements, as the API records them: the lanes draw every one. */
async function relationsOfTheDay(): Promise<number> {
  const response = await fetch(`${stack.api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `{ timeline(from: "2014-03-14T00:00:00Z", to: "2014-03-15T00:00:00Z", first: 100) { edges { node { statements(first: 100) { edges { node { relations { kind } } } } } } } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: { timeline: { edges: { node: { statements: { edges: { node: { relations: unknown[] } }[] } } }[] } };
  };
  return data.timeline.edges.flatMap((day) => day.node.statements.edges).reduce((sum, edge) => sum + edge.node.relations.length, 0);
}

describe("the day view", () => {
  it("draws 14 March 2014 on an axis in the sources' order, says once what the day shares, and gives two unordered events one place", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(stack.web.url);
      await expect(page.locator(".day-event h3").allTextContents()).resolves.toEqual(eventTitlesOfTheDay);
      // One mark per event on the drawn axis, in the order they happened, each a link to its event below.
      const marks = page.locator(".strip-mark");
      await expect(marks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).resolves.toEqual([
        "#event-hague-on-the-london-talks",
        "#event-kerry-lavrov-talks-london",
        "#event-mfa-russia-break-is-over-post",
        "#event-kerry-press-conference-london",
        "#event-lavrov-press-conference-london",
      ]);
      const lefts = await marks.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().left));
      expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
      // No event is "4th" twice: the two press conferences share a place, said so.
      await expect(page.locator(".slot-when").allTextContents()).resolves.toEqual([
        "1st",
        "2nd",
        "3rd",
        "4th–5ththe sources do not say in which order these came",
      ]);
      const day = page.locator("section:has(#the-days-events)");
      const facts = day.locator(".day-facts");
      await expect(facts.textContent()).resolves.toMatch(
        /No clock times reported: the events are drawn in the order the source establishes/,
      );
      await expect(facts.textContent()).resolves.toMatch(/Source of every statement.*Kerry and Lavrov talks in London/);
      await expect(facts.textContent()).resolves.toMatch(/Occurred, every event/);
      // Said once, never again on the cards.
      for (const repeated of [/time of day not reported/i, /Status: Occurred/, /^Source: /]) {
        await expect(day.locator(".day-event").getByText(repeated).count()).resolves.toBe(0);
      }
      // Each statement: its speaker, kind, words; the speaker's capacity once, with the event.
      const card = page.locator("#statement-lavrov-kerry-voiced-no-threats-on-sanctions");
      await expect(card.locator(".statement-speaker").textContent()).resolves.toBe("Sergei Lavrov");
      await expect(card.locator(".badge").textContent()).resolves.toBe("Direct quote");
      await expect(card.locator("blockquote").textContent()).resolves.toBe(
        "“Secretary Kerry did not voice any threats against Russia as to the sanctions”",
      );
      await expect(page.locator("#event-lavrov-press-conference-london .day-event-facts").textContent()).resolves.toContain(
        "Sergei Lavrov (speaker, Foreign Minister, Russia)",
      );
      await expect(card.getByRole("link", { name: "See it in the source" }).getAttribute("href")).resolves.toBe(
        "/sources/2014-03-14-kerry-lavrov-london#lavrov-kerry-voiced-no-threats-on-sanctions",
      );
    });
  });

  it("explains a contradiction in place, from the two statements' stances, without repeating their shared words", async () => {
    await onPage(stack.browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(stack.web.url);
      const kerry = page.locator("#statement-kerry-keen-for-choices-of-ukrainians-to-be-respected .relation--contradicts");
      await expect(kerry.textContent()).resolves.toBe(
        "Contradicts Sergei Lavrov — The same words; John Kerry opposes the Crimean referendum, Sergei Lavrov supports it.",
      );
      const lavrov = page.locator("#statement-lavrov-keen-for-choices-of-ukrainians-to-be-respected .relation--contradicts");
      await expect(lavrov.textContent()).resolves.toBe(
        "Contradicted by John Kerry — The same words; Sergei Lavrov supports the Crimean referendum, John Kerry opposes it.",
      );
    });
  });

  it("uses a desktop's width: the day fills the window, nothing scrolls sideways, text keeps a measure", async () => {
    await onPage(stack.browser, { viewport: desktop }, async ({ page }) => {
      await page.goto(stack.web.url, { waitUntil: "networkidle" });
      await expect(sideways(page)).resolves.toBe(0);
      const strip = await page.locator(".day-strip").boundingBox();
      expect(strip!.width).toBeGreaterThan(1150);
      // Three statements abreast beside each event's facts, each card a readable column.
      const cards = await page
        .locator("#event-lavrov-press-conference-london .day-statement-grid > li")
        .evaluateAll((items) => items.slice(0, 3).map((item) => item.getBoundingClientRect()));
      expect(new Set(cards.map((card) => Math.round(card.top))).size).toBe(1);
      for (const card of cards) expect(card.width).toBeLessThan(480);
    });
  });

  it("draws one lane per actor, a mark per statement and a line per relation, all of it within 1280 px", async () => {
    await onPage(stack.browser, { viewport: desktop, reducedMotion: "reduce" }, async ({ page }) => {
      await page.goto(`${stack.web.url}/?view=lanes`, { waitUntil: "networkidle" });
      await expect(sideways(page)).resolves.toBe(0);
      const chart = page.getByRole("figure", { name: /lane by lane/ });
      await expect(chart.locator(".lane-name").allTextContents()).resolves.toEqual([
        "William Hague",
        "John Kerry",
        "Sergei Lavrov",
        "Ukraine",
        "@mfa_russia",
      ]);
      await expect(chart.locator(".lanes-more").count()).resolves.toBe(0);
      const statements = await page.locator(".lanes-table tbody tr").count();
      await expect(chart.locator(".lane-mark:not(.legend-mark)").count()).resolves.toBe(statements);
      await expect(chart.locator(".lane-lines .lane-link").count()).resolves.toBe(await relationsOfTheDay());
      // Every mark and the lines' ends lie inside the window.
      const right = await chart
        .locator(".lane-mark, .lane-lines")
        .evaluateAll((shapes) => Math.max(...shapes.map((shape) => shape.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(desktop.width);
      // "Break is over. Match continues." sits in @mfa_russia's lane, visible.
      const post = chart.getByRole("link", { name: /^@mfa_russia, direct quote, .*Break is over/ });
      await expect(post.isVisible()).resolves.toBe(true);
      const lane = await chart.locator(".lane-row").nth(4).boundingBox();
      const mark = await post.boundingBox();
      expect(mark!.y).toBeGreaterThanOrEqual(lane!.y);
      expect(mark!.y + mark!.height).toBeLessThanOrEqual(lane!.y + lane!.height);
    });
  });

  it("takes the keyboard to every mark in time order, shows the statement on focus, and hides it on Escape", async () => {
    await onPage(stack.browser, { viewport: desktop, reducedMotion: "reduce" }, async ({ page }) => {
      await page.goto(`${stack.web.url}/?view=lanes`, { waitUntil: "networkidle" });
      const marks = page.locator(".lane-marks .lane-mark");
      const count = await marks.count();
      await marks.first().focus();
      const reached: { left: number; name: string | null }[] = [];
      for (let index = 0; index < count; index++) {
        reached.push(
          await page.evaluate(() => ({
            left: document.activeElement!.getBoundingClientRect().left,
            name: document.activeElement!.getAttribute("aria-label"),
          })),
        );
        if (index < count - 1) await page.keyboard.press("Tab");
      }
      expect(new Set(reached.map((mark) => mark.name)).size).toBe(count);
      expect(reached.map((mark) => mark.left)).toEqual([...reached.map((mark) => mark.left)].sort((a, b) => a - b));

      const post = page.getByRole("link", { name: /^@mfa_russia, direct quote/ });
      await post.focus();
      const card = page.locator("#card-mfa-russia-break-is-over-match-continues");
      await expect(card.isVisible()).resolves.toBe(true);
      await expect(card.textContent()).resolves.toContain("“Break is over. Match continues.”");
      await page.keyboard.press("Escape");
      await expect(card.isVisible()).resolves.toBe(false);
    });
  });

  it("gives a screen reader the lanes as a table with the same statements", async () => {
    await onPage(stack.browser, { viewport: desktop, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${stack.web.url}/?view=lanes`);
      const table = page.getByRole("table", { name: /Every statement of the lanes/ });
      const rows = table.locator("tbody tr");
      const marks = await page
        .locator(".lane-marks .lane-mark")
        .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label")));
      await expect(rows.count()).resolves.toBe(marks.length);
      const speakers = await rows.locator("th").allTextContents();
      expect(speakers).toEqual(marks.map((name) => name!.split(",")[0]));
      await expect(rows.filter({ hasText: "Break is over. Match continues." }).locator("th").textContent()).resolves.toBe("@mfa_russia");
    });
  });

  it("reads as a phone page at 390 px: the axis's events one after another, the lanes a list grouped by actor", async () => {
    await onPage(stack.browser, { viewport: phone }, async ({ page }) => {
      await page.goto(stack.web.url, { waitUntil: "networkidle" });
      await expect(sideways(page)).resolves.toBe(0);
      const firstCards = await page
        .locator("#event-lavrov-press-conference-london .day-statement-grid > li")
        .evaluateAll((items) => items.slice(0, 2).map((item) => item.getBoundingClientRect()));
      expect(firstCards[1]!.top).toBeGreaterThan(firstCards[0]!.bottom - 1);

      await page.goto(`${stack.web.url}/?view=lanes`, { waitUntil: "networkidle" });
      await expect(sideways(page)).resolves.toBe(0);
      await expect(page.locator(".lanes-chart").isVisible()).resolves.toBe(false);
      const groups = page.locator(".lanes-by-actor > li h3");
      await expect(groups.first().isVisible()).resolves.toBe(true);
      await expect(groups.allTextContents()).resolves.toEqual([
        "William Hague · 4 statements",
        "John Kerry · 6 statements",
        "Sergei Lavrov · 11 statements",
        "Ukraine · 0 statements",
        "@mfa_russia · 1 statement",
      ]);
      await expect(page.locator(".lanes-by-actor li:has(#lane-mfa-russia-account) blockquote").textContent()).resolves.toBe(
        "“Break is over. Match continues.”",
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
      await expect(page.locator(".day-event h3").allTextContents()).resolves.toEqual([expect.stringMatching(/referendum/i)]);
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(`${stack.web.url}/`);

      await page.getByLabel("Go to a day").fill("2014-03-15");
      await page.getByRole("button", { name: "Show the day" }).click();
      await page.waitForURL(`${stack.web.url}/days/2014-03-15`);
      await expect(page.locator("h1").textContent()).resolves.toBe("Saturday 15 March 2014");
      await expect(page.getByText("No events are recorded for this day.").count()).resolves.toBe(1);
    });
  });

  it("switches to the lanes, a view the address keeps across a reload", async () => {
    await onPage(stack.browser, {}, async ({ page }) => {
      await page.goto(stack.web.url, { waitUntil: "networkidle" });
      await page.getByRole("link", { name: "Lanes by actor" }).click();
      await page.waitForURL(`${stack.web.url}/?view=lanes`);
      await page.reload({ waitUntil: "networkidle" });
      await expect(page.getByRole("link", { name: "Lanes by actor" }).getAttribute("aria-current")).resolves.toBe("page");
      await expect(page.locator(".lanes-chart").count()).resolves.toBe(1);
    });
  });

  it("answers 404 for a date that is not one", async () => {
    const response = await fetch(`${stack.web.url}/days/2014-02-30`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("is not a day");
  });
});
