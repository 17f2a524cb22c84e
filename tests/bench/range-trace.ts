// `npm run bench:web`: the range view with 10,000 synthetic events, in Chromium, traced while it
// zooms and scrolls its list and while a reader picks periods on its band (drags, the wheel, keys);
// fails when a main-thread task of either takes more than 50 ms.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startApiProcess } from "@parley/api/testing";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { startWebProcess } from "../support/web-process";
import { longTasks, type LongTaskSummary } from "./long-tasks";
import { type BenchRange, ensureRangeData } from "./range-data";

/** A task longer than this delays a reader's input noticeably (the RAIL model's and Lighthouse's "long task"). */
const limitMs = 50;
const databaseUrl = process.env.BENCH_WEB_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/parley_range_bench";
const traceCategories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "blink.user_timing"];

/** Waits until the list shows the zoom the address names, and the page has nothing left to load. */
async function shown(page: Page, zoom: string): Promise<void> {
  // The zoom replaces the address in place: no navigation for waitForURL to wait for.
  await page.waitForFunction((wanted) => new URL(window.location.href).searchParams.get("zoom") === wanted, zoom);
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

/** Waits for the band to have loaded a period other than the one at `before`, and its list. */
async function periodLoaded(page: Page, before: string): Promise<void> {
  await page.waitForURL((url) => url.toString() !== before, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await page.locator(".range-clusters > li").first().waitFor();
}

/** The band's point at `fraction` of its width, halfway down. */
async function bandPoint(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const box = await page.locator(".range-band-plot").boundingBox();
  if (!box) throw new Error("The range's band is not on the page");
  return { x: box.x + box.width * fraction, y: box.y + box.height / 2 };
}

/** A reader on the band: drags out a period, narrows it with the wheel, moves and widens it with keys, drags again. */
async function pickPeriods(page: Page): Promise<void> {
  const drag = async (from: number, to: number) => {
    const [start, end] = [await bandPoint(page, from), await bandPoint(page, to)];
    const before = page.url();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 10 });
    await page.mouse.up();
    await periodLoaded(page, before);
  };
  await drag(0.2, 0.45);
  const middle = await bandPoint(page, 0.3);
  let before = page.url();
  await page.mouse.move(middle.x, middle.y);
  for (let turn = 0; turn < 8; turn++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  await periodLoaded(page, before);
  for (const key of ["ArrowRight", "ArrowRight", "-", "+", "End"]) {
    before = page.url();
    await page.locator(".range-band").focus();
    await page.keyboard.press(key);
    await periodLoaded(page, before);
  }
  await drag(0.05, 0.95);
}

async function traced(browser: Browser, page: Page, work: () => Promise<void>): Promise<string> {
  await browser.startTracing(page, { categories: traceCategories });
  await work();
  return (await browser.stopTracing()).toString("utf8");
}

function report(label: string, summary: LongTaskSummary): string {
  const over = summary.overLimitMs.length ? ` (${summary.overLimitMs.map((ms) => ms.toFixed(1)).join(", ")} ms)` : "";
  return (
    `${label}: ${summary.tasks} main-thread tasks over ${(summary.spanMs / 1000).toFixed(1)} s, longest ${summary.longestMs.toFixed(1)} ms, ` +
    `${summary.overLimitMs.length} over ${limitMs} ms${over}; most CPU in one task ${summary.longestCpuMs.toFixed(1)} ms`
  );
}

/** Loads a range by months, then zooms and scrolls it, each traced; resolves to whether no task passed the limit. */
async function measure(browser: Browser, webUrl: string, range: BenchRange): Promise<boolean> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const address = `${webUrl}/range?from=${range.from}&to=${range.to}`;
  // A first visit warms the servers and the browser's caches; the traced ones are the reader's.
  await page.goto(address, { waitUntil: "networkidle" });
  const loadTrace = await traced(browser, page, () =>
    page.goto(`${address}&zoom=month`, { waitUntil: "networkidle" }).then(() => undefined),
  );
  const dayLoadTrace = await traced(browser, page, () =>
    page.goto(`${address}&zoom=day`, { waitUntil: "networkidle" }).then(() => undefined),
  );
  await page.goto(`${address}&zoom=month`, { waitUntil: "networkidle" });
  const heading = await page.locator("#range-events").textContent();
  const interactionTrace = await traced(browser, page, () => zoomAndScroll(page));
  const rows = await page.locator(".range-clusters > li").count();
  const days = await page.locator(".range-clusters > li").first().getAttribute("aria-setsize");
  await page.goto(address, { waitUntil: "networkidle" });
  const bandTrace = await traced(browser, page, () => pickPeriods(page));
  const picked = await page.locator("h1").textContent();
  const traceDir = process.env.BENCH_WEB_TRACE_DIR;
  if (traceDir) {
    const traces = { "load-by-months": loadTrace, "load-by-days": dayLoadTrace, "zoom-and-scroll": interactionTrace, band: bandTrace };
    for (const [name, trace] of Object.entries(traces)) await writeFile(path.join(traceDir, `range-${range.from}-${name}.json`), trace);
  }
  await page.context().close();

  const interaction = longTasks(interactionTrace, "/range", limitMs);
  const band = longTasks(bandTrace, "/range", limitMs);
  console.log(`\n${range.name}, ${range.from} to ${range.to}: ${heading}`);
  console.log(`  ${report("loading it by months (not held to the limit)", longTasks(loadTrace, "/range", limitMs))}`);
  console.log(`  ${report("loading it by days (not held to the limit)", longTasks(dayLoadTrace, "/range", limitMs))}`);
  console.log(`  ${report("zooming and scrolling", interaction)}`);
  console.log(`  rows in the document at the end: ${rows} of ${days} days`);
  console.log(`  ${report("picking periods on the band (drags, the wheel, keys)", band)}; last picked: ${picked}`);
  return interaction.overLimitMs.length === 0 && band.overLimitMs.length === 0;
}

async function main(): Promise<number> {
  const ranges = await ensureRangeData(databaseUrl);
  // Other work on the machine stretches tasks while the page waits for a core: say how busy it was.
  console.log(
    `Load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(", ")} on ${os.cpus().length} cores`,
  );
  const webPort = await freePort();
  const api = await startApiProcess({ DATABASE_URL: databaseUrl, WEB_ORIGIN: `http://127.0.0.1:${webPort}` });
  const web = await startWebProcess({ url: `${api.url}/graphql` }, webPort).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  const browser = await launchBrowser();
  console.log(`Chromium ${browser.version()}`);
  try {
    let withinLimit = true;
    for (const range of ranges) withinLimit = (await measure(browser, web.url, range)) && withinLimit;
    return withinLimit ? 0 : 1;
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
