// `npm run bench:web`, its second part: Lighthouse's performance score (mobile preset) on issue 17's
// routes, each beside its floor: the same answer, recorded once, sent back from memory by a bare
// HTTP server in the same run. Lighthouse scores the page's own work on a simulated phone, but its
// clock is this machine's: a busy machine lowers every score, the floor's too. The target is the
// route's score at 95% of its floor's or better (95 where the floor scores 100), each the median of
// three runs.
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort, startApiProcess } from "@parley/api/testing";
import { launchBrowser } from "../support/browser";
import { type DebuggableChromium, launchDebuggableChromium, lighthouse, type LighthouseScores } from "../support/lighthouse";
import { startWebProcess } from "../support/web-process";
import { lighthouseRoutes } from "../support/lighthouse-routes";

const targetRatio = 0.95;
/** Lighthouse's score moves by several points from one run to the next: each side is the median of this many. */
const runs = 3;

interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The headers a browser needs to read a recorded response as the server sent it. Not its caching
 * headers: with the app's `no-store` copied, the page's prefetch of /sign-in never finished in
 * Chromium, and the page's network never went idle.
 */
const keptHeaders = ["content-type", "content-encoding", "link", "vary"];
/** The headers by which the app's router asks for a route's payload (RSC) rather than its page. */
const routerHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

function fetchRaw(url: string, asked: http.IncomingHttpHeaders): Promise<RecordedResponse> {
  const headers: Record<string, string> = { "accept-encoding": "gzip, br" };
  for (const name of routerHeaders) {
    const value = asked[name];
    if (typeof value === "string") headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    // Compressed as the browser would have it: Lighthouse reads transfer sizes.
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const headers: Record<string, string> = {};
        for (const name of keptHeaders) {
          const value = response.headers[name];
          if (typeof value === "string") headers[name] = value;
        }
        resolve({ status: response.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
      });
    });
    request.on("error", reject);
  });
}

/**
 * The floor: answers each path with what the web app answered it the first time, from memory.
 * No rendering, no API, no database: the least any server spends to send the same bytes.
 */
async function startFloor(origin: string): Promise<{ url: string; close(): Promise<void> }> {
  const recorded = new Map<string, Promise<RecordedResponse>>();
  const server = http.createServer((request, response) => {
    const key = request.url ?? "/";
    let answer = recorded.get(key);
    if (!answer) {
      answer = fetchRaw(`${origin}${key}`, request.headers);
      recorded.set(key, answer);
    }
    answer.then(
      ({ status, headers, body }) => response.writeHead(status, headers).end(body),
      () => response.writeHead(502).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every route loaded once through the floor in a browser, so that it has recorded all a page asks for. */
async function recordRoutes(floorUrl: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    for (const route of lighthouseRoutes) await page.goto(`${floorUrl}${route}`, { waitUntil: "networkidle" });
  } finally {
    await browser.close();
  }
}

/** The run of median performance score, of `runs` runs on `url`. */
async function medianRun(url: string, port: number): Promise<LighthouseScores> {
  const scores: LighthouseScores[] = [];
  for (let run = 0; run < runs; run++) scores.push(await lighthouse(url, port));
  const [median] = scores.sort((a, b) => a.performance - b.performance).slice(Math.floor(runs / 2));
  if (!median) throw new Error(`No Lighthouse run of ${url}`);
  return median;
}

async function measure(webUrl: string, floorUrl: string, chromium: DebuggableChromium): Promise<boolean> {
  let withinTarget = true;
  console.log("route | Parley | floor | ratio | total blocking time (Parley / floor) | largest contentful paint (Parley / floor)");
  for (const route of lighthouseRoutes) {
    const parley = await medianRun(`${webUrl}${route}`, chromium.port);
    const floor = await medianRun(`${floorUrl}${route}`, chromium.port);
    const ratio = parley.performance / floor.performance;
    const met = ratio >= targetRatio;
    withinTarget &&= met;
    console.log(
      `${route} | ${parley.performance} | ${floor.performance} | ${ratio.toFixed(2)}${met ? "" : " (under target)"} | ` +
        `${parley.totalBlockingTimeMs.toFixed(0)} / ${floor.totalBlockingTimeMs.toFixed(0)} ms | ` +
        `${parley.largestContentfulPaintMs.toFixed(0)} / ${floor.largestContentfulPaintMs.toFixed(0)} ms`,
    );
  }
  return withinTarget;
}

async function main(): Promise<number> {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(", ");
  console.log(`\nLighthouse, mobile preset, performance: each route against its floor. Load average ${load} on ${os.cpus().length} cores`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "parley-bench-lighthouse-"));
  // The embedded database, seeded as `npm start` seeds it.
  const webPort = await freePort();
  const api = await startApiProcess({ DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, WEB_ORIGIN: `http://127.0.0.1:${webPort}` });
  const stops: Array<() => Promise<unknown>> = [() => api.stop(), () => rm(dataDir, { recursive: true, force: true })];
  try {
    const web = await startWebProcess({ url: `${api.url}/graphql` }, webPort);
    stops.unshift(() => web.stop());
    const floor = await startFloor(web.url);
    stops.unshift(() => floor.close());
    const chromium = await launchDebuggableChromium();
    stops.unshift(() => chromium.stop());
    // The web app's first answers warm its caches; the floor records them.
    await recordRoutes(floor.url);
    return (await measure(web.url, floor.url, chromium)) ? 0 : 1;
  } finally {
    for (const stop of stops) await stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
