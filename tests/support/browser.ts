import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

// Debian's chromium, as root, on a machine with no outside network: no sandbox,
// and none of the background connections it would make at start. Playwright
// gives each launch a fresh, throwaway profile.
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's chromium (or CHROMIUM_PATH's), failing with how to install it where it is missing. */
export function chromiumPath(): string {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return executablePath;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught errors, failed requests and HTTP errors, in the order they happened. */
  problems: string[];
  /** The origin of every request the page made. */
  origins: Set<string>;
}

/**
 * Runs `work` on a fresh page that records everything a test asserts the absence of, then closes
 * it. Any console error, uncaught error, failed request or HTTP error fails the test, unless the
 * test expects some (`allowProblems`) and looks at them itself.
 */
export async function onPage(
  browser: Browser,
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    reducedMotion?: "reduce" | "no-preference";
    allowProblems?: boolean;
  },
  work: (watched: WatchedPage) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });
  const page = await context.newPage();
  const watched: WatchedPage = { page, problems: [], origins: new Set() };
  page.on("console", (message) => {
    if (message.type() === "error") watched.problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => watched.problems.push(`page error: ${error.message}`));
  page.on("request", (request) => watched.origins.add(new URL(request.url()).origin));
  page.on("requestfailed", (request) => {
    // A navigation cancels the prefetches still in flight (net::ERR_ABORTED), and a page without
    // JavaScript has its scripts blocked ("csp"): the browser's doing, not a failure.
    const reason = request.failure()?.errorText;
    const expected = reason === "net::ERR_ABORTED" || (reason === "csp" && options.javaScriptEnabled === false);
    if (!expected) watched.problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) watched.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await work(watched);
    if (!options.allowProblems) expect(watched.problems).toEqual([]);
  } finally {
    await context.close();
  }
}
