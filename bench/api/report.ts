import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { bigTableRows, type Explained } from "./explain";
import type { ProbeResult } from "./filter-probes";
import type { LoadResult } from "./load";

export interface ScenarioResult {
  id: string;
  title: string;
  about: string;
  /** Why it has no numbers, when it has none. */
  notApplicable?: string;
  /** Each run, with the machine's load average (1 min) when it started. */
  runs: (LoadResult & { loadAverage: number })[];
  sqlPerRequest: number | null;
  /** Which path answered (the API's x-read-path header): "compiled", or "resolvers; " and why. */
  readPath?: string | null;
  responseBytes: number | null;
  /** For a search, how many statements it matches. */
  matches?: number;
  /** For a floor, the scenario whose request it answers. */
  floorOf?: string;
  explained: Explained[];
}

export interface BenchResults {
  statements: number;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; loadAverage: number };
  command: string;
  database: string;
  data: { events: number; actors: number; days: number; sources: number; excerpts: number; synthSeconds: number | null };
  durationSeconds: number;
  warmupSeconds: number;
  scenarios: ScenarioResult[];
  /** Every filter and order, explained (empty when the run was limited with --only). */
  probes: ProbeResult[];
  tableRows: Record<string, number>;
  profiles: string[];
}

/** Requests per second: one decimal, or two significant digits below 1. */
const rate = (value: number) => (value > 0 && value < 1 ? value.toPrecision(2) : number(value, 1));
const number = (value: number, digits = 0) => value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** A latency, or a dash when no request finished within the run. */
const latency = (run: LoadResult, ms: number) => (run.requests === 0 ? "–" : number(ms));
const bytes = (value: number | null) =>
  value === null ? "–" : value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} kB`;

function overview(results: BenchResults): string[] {
  const lines = [
    "| scenario | connections | requests/s | p50 ms | p99 ms | server CPU | peak RSS | SQL/request | response |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const scenario of results.scenarios) {
    if (scenario.notApplicable) {
      lines.push(`| ${scenario.title} | | n/a | | | | | | |`);
      continue;
    }
    for (const run of scenario.runs) {
      lines.push(
        `| ${scenario.title} | ${run.connections} | ${rate(run.requestsPerSecond)} | ${latency(run, run.latencyP50Ms)} | ${latency(run, run.latencyP99Ms)} | ` +
          `${number(run.cpuPercent)}% | ${number(run.peakRssMb)} MB | ${scenario.sqlPerRequest ?? "–"} | ${bytes(scenario.responseBytes)} |`,
      );
    }
  }
  return lines;
}

function scenarioSection(scenario: ScenarioResult): string[] {
  const lines = [`### ${scenario.title}`, "", `${scenario.about[0]!.toUpperCase()}${scenario.about.slice(1)}.`, ""];
  if (scenario.notApplicable) return [...lines, `n/a: ${scenario.notApplicable}`, ""];
  lines.push(
    "| connections | requests | requests/s | p50 ms | p99 ms | errors | server CPU | peak RSS | load average |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const run of scenario.runs) {
    lines.push(
      `| ${run.connections} | ${number(run.requests)} | ${rate(run.requestsPerSecond)} | ${latency(run, run.latencyP50Ms)} | ${latency(run, run.latencyP99Ms)} | ${run.errors} | ` +
        `${number(run.cpuPercent)}% | ${number(run.peakRssMb)} MB | ${run.loadAverage.toFixed(1)} |`,
    );
  }
  lines.push("");
  if (scenario.sqlPerRequest !== null)
    lines.push(
      `SQL statements per request: **${scenario.sqlPerRequest}**${scenario.readPath ? ` (read path: ${scenario.readPath})` : ""}; response: ${bytes(scenario.responseBytes)}.`,
      "",
    );
  return lines;
}

/** Each scenario that has a floor beside it: latency at one connection, and throughput as a share of the floor's at each connection count. */
function againstFloors(results: BenchResults): string[] {
  const byId = new Map(results.scenarios.filter((scenario) => !scenario.notApplicable).map((scenario) => [scenario.id, scenario]));
  const rows = results.scenarios.flatMap(({ id: floorId, floorOf: id }) => {
    const [scenario, floor] = [id && byId.get(id), byId.get(floorId)];
    if (!scenario || !floor) return [];
    const one = scenario.runs.find((run) => run.connections === 1);
    const floorOne = floor.runs.find((run) => run.connections === 1);
    const p50s =
      one && floorOne
        ? `${latency(one, one.latencyP50Ms)} / ${latency(one, one.latencyP99Ms)} | ${latency(floorOne, floorOne.latencyP50Ms)} / ${latency(floorOne, floorOne.latencyP99Ms)}`
        : "– | –";
    const shares = scenario.runs.flatMap((run) => {
      const other = floor.runs.find((candidate) => candidate.connections === run.connections);
      if (!other || other.requestsPerSecond === 0) return [];
      return [
        `${run.connections}: ${rate(run.requestsPerSecond)} / ${rate(other.requestsPerSecond)} = **${(run.requestsPerSecond / other.requestsPerSecond).toFixed(2)}×**`,
      ];
    });
    return [`| ${scenario.title} | ${floor.title} | ${p50s} | ${shares.join("; ") || "–"} |`];
  });
  if (rows.length === 0) return [];
  return [
    "Each request beside its floor, measured in this run:",
    "",
    "| request | its floor | Parley p50 / p99 ms, 1 connection | the floor's | connections: requests/s, Parley / the floor = share |",
    "| --- | --- | ---: | ---: | --- |",
    ...rows,
    "",
  ];
}

/** The plan's own execution time, in ms. */
const executionMs = (plan: string) => Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);

function statementDetails(explained: Explained[]): string[] {
  return explained.flatMap((query, index) => [
    `**${index + 1}.**${query.seqScans.length > 0 ? ` ⚠ Seq Scan on ${query.seqScans.map((table) => `\`${table}\``).join(", ")}` : ""}`,
    "",
    "```sql",
    query.sql,
    "```",
    "",
    ...(query.params.length > 0 ? [`Parameters: \`${JSON.stringify(query.params).slice(0, 600)}\``, ""] : []),
    "```",
    query.plan,
    "```",
    "",
  ]);
}

function probesSection(results: BenchResults): string[] {
  if (results.probes.length === 0) return [];
  const lines = [
    "### EXPLAIN of every filter and order",
    "",
    "One request per filter and order of the API (`bench/api/filter-probes.ts`), its SQL explained as above. " +
      "The busy day's window, its first event, the topic most statements are about, the actor page's actor and the 1% search word. " +
      "The requests leave out `totalCount`: its count of every match is one statement more, the same whatever the order.",
    "",
    "| request | SQL statements | slowest statement (execution) | big tables read whole |",
    "| --- | ---: | ---: | --- |",
  ];
  for (const probe of results.probes) {
    const slowest = Math.max(...probe.explained.map((query) => executionMs(query.plan)));
    const scans = [...new Set(probe.explained.flatMap((query) => query.seqScans))];
    lines.push(
      `| ${probe.title} | ${probe.explained.length} | ${number(slowest, 1)} ms | ${scans.length > 0 ? `⚠ ${scans.join(", ")}` : "none"} |`,
    );
  }
  lines.push("");
  for (const probe of results.probes) {
    lines.push(`<details><summary>${probe.title}</summary>`, "", ...statementDetails(probe.explained), "</details>", "");
  }
  return lines;
}

function explainSection(results: BenchResults): string[] {
  const lines = ["### EXPLAIN", ""];
  lines.push(
    "Each SQL statement one request of the scenario sends, captured from Prisma's query events in an in-process copy of the built API " +
      "and run once under `EXPLAIN (ANALYZE, BUFFERS)` with its parameters. " +
      `A sequential scan of a table of at least ${number(bigTableRows)} rows is flagged.`,
    "",
  );
  const flags = results.scenarios.flatMap((scenario) =>
    scenario.explained.flatMap((query, index) =>
      query.seqScans.map(
        (table) =>
          `- ⚠ ${scenario.title}, statement ${index + 1}: Seq Scan on \`${table}\` (${number(results.tableRows[table] ?? 0)} rows)`,
      ),
    ),
  );
  lines.push(...(flags.length > 0 ? flags : ["No sequential scan of a big table."]), "");
  for (const scenario of results.scenarios) {
    if (scenario.explained.length === 0) continue;
    lines.push(
      `<details><summary>${scenario.title}: ${scenario.explained.length} statement${scenario.explained.length === 1 ? "" : "s"}</summary>`,
      "",
    );
    lines.push(...statementDetails(scenario.explained), "</details>", "");
  }
  return lines;
}

/** Numbers kept in the file, for comparing sizes on a later run. */
interface KeptNumbers {
  statements: number;
  scenarios: Record<string, { connections: number; requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number }[]>;
  /** Each search's matches (absent from runs before they were kept). */
  matches?: Record<string, number>;
}

function kept(results: BenchResults): KeptNumbers {
  return {
    statements: results.statements,
    scenarios: Object.fromEntries(
      results.scenarios
        .filter((scenario) => !scenario.notApplicable)
        .map((scenario) => [
          scenario.id,
          scenario.runs.map(({ connections, requestsPerSecond, latencyP50Ms, latencyP99Ms }) => ({
            connections,
            requestsPerSecond: Math.round(requestsPerSecond * 10) / 10,
            latencyP50Ms,
            latencyP99Ms,
          })),
        ]),
    ),
    matches: Object.fromEntries(
      results.scenarios.flatMap((scenario) => (scenario.matches === undefined ? [] : [[scenario.id, scenario.matches]])),
    ),
  };
}

export function renderSize(results: BenchResults): string {
  const { machine, data } = results;
  const lines = [
    `## ${number(results.statements)} statements`,
    "",
    `Measured ${results.startedAt.slice(0, 16).replace("T", " ")} UTC with \`${results.command}\`, ` +
      `${results.durationSeconds} s per run after ${results.warmupSeconds} s of warm-up, by autocannon in a process of its own for each run, on the same machine.`,
    "",
    `- Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB.toFixed(1)} GiB of memory, Node.js ${machine.node}, PostgreSQL ${machine.postgres}` +
      ` (as installed: no tuning). Load average when the run started: ${machine.loadAverage.toFixed(1)}${machine.loadAverage > machine.cpus ? ": other work was running on the machine, so absolute numbers are low and noisy; the ratios measured in the same run hold better" : ""}.`,
    `- Data: database \`${results.database}\`, ${number(results.statements)} statements, ${number(data.events)} events, ${number(data.actors)} actors, ` +
      `${number(data.sources)} sources (one a day over ${number(data.days)} days), ${number(data.excerpts)} excerpts` +
      (data.synthSeconds === null ? ", synthesised by an earlier run." : `, synthesised by this run in ${data.synthSeconds.toFixed(0)} s.`),
    "- The API: the production build (`node apps/api/dist/index.js`, `NODE_ENV=production`, `RESPONSE_CACHE=false`) in a child process; " +
      "its CPU (in % of one core, from `/proc/<pid>/stat` before and after each run) and peak RSS (sampled every 100 ms) are the server's alone.",
    "- Where fewer requests finished in a run than there were connections, the run was replaced by one round of requests (one per connection) " +
      "however long it took, up to autocannon's timeout of 60 s a request (counted as errors). Before each run the bench waits for the requests " +
      "of the last one to end, cancelling their SQL after 10 s.",
    "",
    ...overview(results),
    "",
    ...againstFloors(results),
    ...results.scenarios.flatMap(scenarioSection),
    ...(results.profiles.length > 0 ? ["CPU profiles written:", ...results.profiles.map((file) => `- \`${file}\``), ""] : []),
    ...explainSection(results),
    ...probesSection(results),
    `<!-- bench:data ${JSON.stringify(kept(results)).replace(/--/g, "-\\u002d")} -->`,
  ];
  return lines.join("\n");
}

const labels: Record<string, string> = {
  day: "Day timeline",
  "day-contract": "Day, as the contract shows it",
  "day-resolvers": "Day timeline, through the resolvers",
  "day-contract-resolvers": "Day, as the contract shows it, through the resolvers",
  actor: "Actor page",
  "actor-typical": "Actor page, a typical actor",
  "search-common": "Search, about 1%",
  "search-rare": "Search, about 0.01%",
  floor: "Floor (the day in one SQL statement)",
  "floor-contract": "Floor (the contract's day in one SQL statement)",
  "floor-search": "Floor (the 1% search in one SQL statement)",
  "floor-cached": "Floor (the day from memory)",
  "day-cached": "Day timeline, response cache on",
};

function renderComparison(sizes: KeptNumbers[]): string {
  const sorted = [...sizes].sort((a, b) => a.statements - b.statements);
  const lines = ["## Latency as the data grows", ""];
  if (sorted.length < 2) {
    return [
      ...lines,
      "Run the bench at two sizes (`npm run bench -- --statements 10000` and the default 1,000,000) to compare them here.",
      "",
    ].join("\n");
  }
  const small = sorted[0]!;
  const large = sorted[sorted.length - 1]!;
  const floorRatio = (() => {
    const before = small.scenarios.floor?.find((run) => run.connections === 1);
    const after = large.scenarios.floor?.find((run) => run.connections === 1);
    return before && after ? after.latencyP50Ms / Math.max(before.latencyP50Ms, 1) : null;
  })();
  lines.push(
    `Median latency with one connection (no queueing), at ${number(small.statements)} and at ${number(large.statements)} statements. ` +
      "The busy day, the first actor's share of the data, the typical actor's number of statements (the average's) and the search selectivities are the same at both sizes, " +
      "so a ratio above 1.2 is work that grows with the data (or with an answer that grows with it: a share of more data is more matches, more events), " +
      "or a busier machine during one of the runs: the floor does the same work at both sizes, so its ratio is the machine's, and the last column divides it out.",
    "",
    `| scenario | p50 at ${number(small.statements)} | p50 at ${number(large.statements)} | ratio | within 1.2× | ratio ÷ the floor's |`,
    "| --- | ---: | ---: | ---: | :---: | ---: |",
  );
  for (const [id, runs] of Object.entries(large.scenarios)) {
    const one = runs.find((run) => run.connections === 1);
    const before = small.scenarios[id]?.find((run) => run.connections === 1);
    if (!one || !before) continue;
    const ratio = one.latencyP50Ms / Math.max(before.latencyP50Ms, 1);
    // The floors are the measure, not what is measured: "floor" divides the others' ratios out.
    const relative = floorRatio === null || id.startsWith("floor") ? "–" : (ratio / floorRatio).toFixed(2);
    lines.push(
      `| ${labels[id] ?? id} | ${before.latencyP50Ms} ms | ${one.latencyP50Ms} ms | ${ratio.toFixed(2)} | ${ratio <= 1.2 ? "yes" : "**no**"} | ${relative} |`,
    );
  }
  lines.push("", ...sameAnswerComparison(small, large, floorRatio));
  return lines.join("\n");
}

const p50 = (size: KeptNumbers, id: string) => size.scenarios[id]?.find((run) => run.connections === 1)?.latencyP50Ms;

/**
 * The same share of more data is more matches to rank and count. Searches that
 * match about as many statements at both sizes (within a factor of 1.5) do the
 * same work but for the size of the tables they search: their ratio is what the
 * data's growth alone costs.
 */
function sameAnswerComparison(small: KeptNumbers, large: KeptNumbers, floorRatio: number | null): string[] {
  const pairs = Object.entries(large.matches ?? {}).flatMap(([largeId, largeMatches]) =>
    Object.entries(small.matches ?? {})
      .filter(([, smallMatches]) => Math.max(smallMatches, largeMatches) / Math.max(Math.min(smallMatches, largeMatches), 1) <= 1.5)
      .map(([smallId, smallMatches]) => ({ smallId, smallMatches, largeId, largeMatches })),
  );
  const rows = pairs.flatMap(({ smallId, smallMatches, largeId, largeMatches }) => {
    const [before, after] = [p50(small, smallId), p50(large, largeId)];
    if (before === undefined || after === undefined) return [];
    const ratio = after / Math.max(before, 1);
    const relative = floorRatio === null ? "–" : (ratio / floorRatio).toFixed(2);
    return [
      `| ${labels[smallId] ?? smallId}, ${number(smallMatches)} matches: ${before} ms | ${labels[largeId] ?? largeId}, ${number(largeMatches)} matches: ${after} ms | ` +
        `${ratio.toFixed(2)} | ${ratio <= 1.2 ? "yes" : "**no**"} | ${relative} |`,
    ];
  });
  if (rows.length === 0) return [];
  return [
    "Searches that match about as many statements at both sizes: the same answer, from a hundred times the data.",
    "",
    `| at ${number(small.statements)} | at ${number(large.statements)} | ratio | within 1.2× | ratio ÷ the floor's |`,
    "| --- | --- | ---: | :---: | ---: |",
    ...rows,
    "",
  ];
}

const begin = (key: string) => `<!-- bench:begin ${key} -->`;
const end = (key: string) => `<!-- bench:end ${key} -->`;

function replaceBetween(text: string, key: string, body: string, insertAt: number): string {
  const block = `${begin(key)}\n${body}\n${end(key)}`;
  const start = text.indexOf(begin(key));
  const stop = text.indexOf(end(key));
  if (start >= 0 && stop > start) return text.slice(0, start) + block + text.slice(stop + end(key).length);
  return `${text.slice(0, insertAt).replace(/\n*$/, "\n\n")}${block}\n${text.slice(insertAt).replace(/^\n*/, "\n")}`.replace(/\n+$/, "\n");
}

const header = `# API benchmark runs

Each run of \`npm run bench\` rewrites its size's section here, and the comparison of sizes, between
the \`bench:begin\` and \`bench:end\` markers: the full output, with every scenario's table and the
\`EXPLAIN\` of its SQL. What the numbers say is written by hand in
[docs/benchmarks.md](../../docs/benchmarks.md).
`;

/** Rewrites this size's section and the comparison in `file`, keeping everything outside the markers. */
export function writeReport(file: string, results: BenchResults): void {
  const text = existsSync(file) ? readFileSync(file, "utf8") : header;
  writeFileSync(file, withComparison(replaceBetween(text, `statements=${results.statements}`, renderSize(results), text.length)));
}

/** Rewrites the comparison from the numbers the sections keep (after a change to how it is written). */
export function rewriteComparison(file: string): void {
  writeFileSync(file, withComparison(readFileSync(file, "utf8")));
}

function withComparison(text: string): string {
  const sizes = [...text.matchAll(/<!-- bench:data (.*) -->/g)].map((match) => JSON.parse(match[1]!) as KeptNumbers);
  const firstSize = text.search(/<!-- bench:begin statements=/);
  return replaceBetween(text, "comparison", renderComparison(sizes), firstSize >= 0 ? firstSize : text.length);
}
