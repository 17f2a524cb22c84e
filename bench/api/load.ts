import { execFile } from "node:child_process";
import path from "node:path";
import type autocannon from "autocannon";
import { cpuSeconds, watchPeakRss } from "./process-stats";

export interface LoadOptions {
  url: string;
  /** A GraphQL POST body, or none for a GET. */
  body?: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The server process, whose CPU and memory are measured. */
  pid: number;
}

export interface LoadResult {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Connection errors (timeouts among them) and responses other than 2xx. */
  errors: number;
  /** Server CPU over the measured run, in % of one core. */
  cpuPercent: number;
  peakRssMb: number;
  seconds: number;
}

/** Runs for `length.duration` seconds, or until `length.amount` requests have been answered, in a process of its own (load-generator.ts). */
function run(options: LoadOptions, length: { duration: number } | { amount: number }): Promise<autocannon.Result> {
  const settings: autocannon.Options = {
    url: options.url,
    method: options.body === undefined ? "GET" : "POST",
    headers: options.body === undefined ? {} : { "content-type": "application/json" },
    body: options.body,
    connections: options.connections,
    ...length,
    timeout: 60,
  };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(__dirname, "load-generator.js"), JSON.stringify(settings)],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`the load generator failed: ${stderr || error.message}`))
          : resolve(JSON.parse(stdout) as autocannon.Result),
    );
  });
}

/**
 * Warms the server up, then loads it for the given time, measuring it from
 * outside (/proc) as it runs. When requests are so slow that fewer than one a
 * connection finish in that time, it measures one round of requests instead,
 * however long they take (up to autocannon's timeout of 60 s a request).
 */
export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(options, { duration: options.warmupSeconds });
  let cpuBefore = cpuSeconds(options.pid);
  let rss = watchPeakRss(options.pid);
  let started = performance.now();
  let result = await run(options, { duration: options.durationSeconds });
  if (result.requests.total < options.connections) {
    rss.stop();
    cpuBefore = cpuSeconds(options.pid);
    rss = watchPeakRss(options.pid);
    started = performance.now();
    result = await run(options, { amount: options.connections });
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(options.pid) - cpuBefore;
  const peak = rss.stop();
  return {
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuPercent: (100 * cpu) / seconds,
    peakRssMb: peak / 1024 / 1024,
    seconds,
  };
}
