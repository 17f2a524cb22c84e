import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort, waitFor } from "@parley/api/testing";
import { chromiumArgs, chromiumPath } from "./browser";

// Found through the package, so that this file works from its compiled copy (the web bench) too.
const lighthouseCli = path.join(path.dirname(require.resolve("lighthouse/package.json")), "cli", "index.js");

/** What a Lighthouse run found, as the budgets read it. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  cumulativeLayoutShift: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

/** Debian's chromium with the tests' flags, its DevTools port open for Lighthouse to drive. */
export interface DebuggableChromium {
  port: number;
  stop(): Promise<void>;
}

export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(tmpdir(), "parley-lighthouse-"));
  const child: ChildProcess = spawn(
    chromiumPath(),
    [...chromiumArgs, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    {
      stdio: "ignore",
    },
  );
  // Chromium writes to its profile until it has exited: the profile goes once it has, retried as its
  // helper processes let go of their files. Listened for from the start, so that an exit before
  // stop() counts; a failed spawn (an "error" instead) leaves nothing to wait for.
  const exited = once(child, "exit").catch(() => undefined);
  const stop = async () => {
    child.kill();
    await exited;
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const listening = () =>
      fetch(`http://127.0.0.1:${port}/json/version`).then(
        (response) => response.ok,
        () => false,
      );
    await waitFor(listening, 20_000, "chromium's DevTools port");
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}

/**
 * One run of Lighthouse 12.2.3 (its default: the mobile preset, a throttled phone), performance and
 * accessibility only, on `url`, in the chromium listening on `port`.
 */
export async function lighthouse(url: string, port: number): Promise<LighthouseScores> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      `--port=${port}`,
      "--only-categories=performance,accessibility",
      "--output=json",
      "--output-path=stdout",
      "--quiet",
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<"performance" | "accessibility", { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    cumulativeLayoutShift: report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    totalBlockingTimeMs: report.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    largestContentfulPaintMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
  };
}
