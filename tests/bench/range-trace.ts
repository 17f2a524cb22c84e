// `npm run bench:web`: the range view with 10,000 synthetic events, in Chromium, traced while it
// zooms and scrolls; fails when a main-thread task takes more than 50 ms.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { freePort, startApiProcess } from "@parley/api/testing";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { startWebProcess } from "../support/web-process";
import { longTasks, type LongTaskSummary } from "./long-tasks";
import { ensureRangeData } from "./range-data";

/** A task longer than this delays a reader's input noticeably (the RAIL model's and Lighthouse's "long task"). */
const limitMs = 50;
const databaseUrl = process.env.BENCH_WEB_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/parley_range_bench";
const traceCategories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "blink.user_timing"];

/** Waits until the list shows the zoom the address names, and the page has nothing left to load. */
async function shown(page: Page, zoom: string): Promise<void> {
  await page.waitForURL((url) => url.searchParams.get("zoom") === zoom);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForLoadState("networkidle");
}

/** Scrolls the list by mouse wheel, a screen at a time, as a reader skimming it would. */
async function skim(page: Page, steps: number, pixels: number): Promise<void> {
  const box = await page.locator(".range-scroll").boundingBox();
  if (!box) throw new Error("The range's list is not on the page");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < steps; step++) {
    await page.mouse.wheel(0, pixels);
    await page.waitForTimeout(50);
  }
}

/** What the trace records: zooms by the links and the keys, a skim down and back up, Home and End. */
async function zoomAndScroll(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Zoom in to days" }).click();
  await shown(page, "day");
  await skim(page, 30, 400);
  await skim(page, 30, -400);
  await page.locator(".range-link").first().focus();
  for (const key of ["End", "Home", "PageDown", "PageDown", "ArrowDown"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
  }
  await page.keyboard.press("-");
  await shown(page, "month");
  await page.keyboard.press("-");
  await shown(page, "year");
  await page.keyboard.press("+");
  await shown(page, "month");
  await page.getByRole("link", { name: "Zoom in to days" }).click();
  await shown(page, "day");
  await skim(page, 20, 800);
}

async function traced(browser: Browser, page: Page, work: () => Promise<void>): Promise<string> {
  await browser.startTracing(page, { categories: traceCategories });
  await work();
  return (await browser.stopTracing()).toString("utf8");
}

function report(label: string, summary: LongTaskSummary): string {
  const over = summary.overLimitMs.length ? ` (${summary.overLimitMs.map((ms) => ms.toFixed(1)).join(", ")} ms)` : "";
  return `${label}: ${summary.tasks} main-thread tasks over ${(summary.spanMs / 1000).toFixed(1)} s, longest ${summary.longestMs.toFixed(1)} ms, ${summary.overLimitMs.length} over ${limitMs} ms${over}`;
}

async function main(): Promise<number> {
  const range = await ensureRangeData(databaseUrl);
  console.log(`Range ${range.from} to ${range.to}: ${range.events.toLocaleString("en")} events`);
  const webPort = await freePort();
  const api = await startApiProcess({ DATABASE_URL: databaseUrl, WEB_ORIGIN: `http://127.0.0.1:${webPort}` });
  const web = await startWebProcess({ url: `${api.url}/graphql` }, webPort).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const address = `${web.url}/range?from=${range.from}&to=${range.to}`;
    // A first visit warms the servers and the browser's caches; the traced ones are the reader's.
    await page.goto(address, { waitUntil: "networkidle" });
    const loadTrace = await traced(browser, page, () => page.goto(`${address}&zoom=month`, { waitUntil: "networkidle" }).then(() => undefined));
    const interactionTrace = await traced(browser, page, () => zoomAndScroll(page));
    const rows = await page.locator(".range-clusters > li").count();
    const days = await page.locator(".range-clusters > li").first().getAttribute("aria-setsize");
    if (process.env.BENCH_WEB_TRACE_DIR) {
      await writeFile(path.join(process.env.BENCH_WEB_TRACE_DIR, "range-load.json"), loadTrace);
      await writeFile(path.join(process.env.BENCH_WEB_TRACE_DIR, "range-zoom-scroll.json"), interactionTrace);
    }

    const load = longTasks(loadTrace, "/range", limitMs);
    const interaction = longTasks(interactionTrace, "/range", limitMs);
    console.log(report("Load (by months, not counted against the limit)", load));
    console.log(report("Zooming and scrolling", interaction));
    console.log(`Rows in the document at the end: ${rows} of ${days} days`);
    return interaction.overLimitMs.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await web.stop();
    await api.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
