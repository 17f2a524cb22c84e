// `npm run bench`: measures the production build of the API on PostgreSQL
// under autocannon, against a floor, and writes its report (bench/reports/api.md).
import { mkdirSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations, withPgClient } from "@parley/db";
import { SingleBar } from "cli-progress";
import { Client } from "pg";
import { busyDay, busyDayFingerprint, postgresTarget, synthesize, synthScale, synthVocabulary } from "../synth";
import { chooseActor } from "./actors";
import { startCountingServer } from "./capture";
import { type Child, startChild } from "./child";
import { explainAll, tableSizes } from "./explain";
import { explainProbes, probeInputs, type ProbeResult } from "./filter-probes";
import { floorQueries } from "./floor-sql";
import { cpuSeconds } from "./process-stats";
import { type LoadResult, measureLoad } from "./load";
import { type BenchResults, rewriteComparison, type ScenarioResult, writeReport } from "./report";
import { answerFingerprint, firstDifference } from "./same-answer";
import { type Scenario, scenarios as buildScenarios } from "./scenarios";
import { apiStartFlags } from "./start-flags";
import { chooseSearchWords } from "./words";

// The repository's root, from bench/dist/api/.
const root = path.resolve(__dirname, "..", "..", "..");
const apiDist = path.join(root, "apps", "api", "dist");

const usage = `Usage: npm run bench -- [options]

Synthesises --statements statements once into a database of its own on the
PostgreSQL server at BENCH_DATABASE_URL (default
postgresql://postgres@127.0.0.1:5432/parley_bench; other sizes get
parley_bench_<N>), then loads the built API and a floor with autocannon and
writes the results into bench/reports/api.md (docs/benchmarks.md is the summary, by hand).

  --statements N      statements to synthesise (default 1000000)
  --duration S        seconds per measured run (default 10)
  --warmup S          seconds of warm-up before each run (default 2)
  --connections L     comma-separated connection counts (default 50,1)
  --only IDS          comma-separated scenarios: day, day-contract, day-resolvers,
                      day-contract-resolvers, actor, actor-typical, search-common,
                      search-rare, floor, floor-contract, floor-search, floor-cached,
                      day-cached (default all)
  --cpu-prof          run the API with --cpu-prof; profiles go to --cpu-prof-dir
  --cpu-prof-dir DIR  default .data/bench-profiles
  --report FILE       default bench/reports/api.md; "none" writes nothing
  --rewrite-comparison  measure nothing: rewrite the report's comparison of sizes from the numbers its
                      sections keep (after a change to how the report is written)`;

function benchDatabaseUrl(statements: number): string {
  const url = new URL(process.env.BENCH_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/parley_bench");
  if (statements !== 1_000_000) url.pathname = `${url.pathname}_${statements}`;
  return url.toString();
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function ensureDatabase(url: string): Promise<void> {
  const server = new URL(url);
  server.pathname = "/postgres";
  const name = databaseName(url);
  await withPgClient(server.toString(), async (client) => {
    const { rows } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rows.length === 0) {
      console.log(`Creating database ${name}`);
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  });
}

/**
 * Synthesises the data unless the database already holds exactly this many
 * statements and a busy day written by this version of the synthesiser.
 */
async function ensureData(url: string, statements: number): Promise<number | null> {
  const present = await withPgClient(url, async (client) => {
    try {
      const { rows } = await client.query<{ statements: string; hash: string | null }>(
        `SELECT (SELECT count(*) FROM "statement") AS statements, (SELECT "content_hash" FROM "source" WHERE "slug" = $1) AS hash`,
        [`digest-${busyDay.date}`],
      );
      return Number(rows[0]!.statements) === statements && rows[0]!.hash === busyDayFingerprint(statements);
    } catch {
      return false;
    }
  });
  const target = await postgresTarget(url);
  if (present) {
    // Data synthesised by an earlier version keeps its rows; the schema moves on with the code.
    try {
      await applyMigrations(target.adapterFactory);
    } finally {
      await target.close();
    }
    console.log(`${databaseName(url)} already holds ${statements.toLocaleString("en")} synthetic statements`);
    return null;
  }
  const bar = new SingleBar({
    format: " synthesising {bar} {percentage}% | {value}/{total} statements | {stage} | {duration_formatted}",
    hideCursor: true,
  });
  bar.start(statements, 0, { stage: "actors and topics" });
  try {
    const report = await synthesize(target, { statements, reset: true, onProgress: ({ stage, done }) => bar.update(done, { stage }) });
    bar.stop();
    console.log(`Synthesised ${statements.toLocaleString("en")} statements in ${report.seconds.toFixed(1)} s`);
    return report.seconds;
  } finally {
    bar.stop();
    await target.close();
  }
}

/** The built API has a response cache if its settings know RESPONSE_CACHE. */
function hasResponseCache(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readEnv } = require(path.join(apiDist, "env.js")) as { readEnv(source: NodeJS.ProcessEnv): Record<string, unknown> };
    return "RESPONSE_CACHE" in readEnv({ RESPONSE_CACHE: "false" });
  } catch {
    return false;
  }
}

/** One request of the scenario, checked: a 200 whose body has data and no errors. Returns the answer and its size in bytes. */
async function checkOnce(url: string, scenario: Scenario): Promise<{ answer: unknown; bytes: number }> {
  const response = await fetch(`${url}${scenario.path}`, {
    method: scenario.body === undefined ? "GET" : "POST",
    headers: scenario.body === undefined ? {} : { "content-type": "application/json" },
    body: scenario.body,
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || !json.data || json.errors) {
    throw new Error(`${scenario.id} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return { answer: json, bytes: Buffer.byteLength(text) };
}

/** A floor stands beside a scenario only if it answers the same request: the same nodes, in the same order, and the same counts. */
function checkFloorsAnswerTheSame(floors: Scenario[], answers: Map<string, unknown>): void {
  for (const floor of floors) {
    if (!floor.floorOf || !answers.has(floor.floorOf)) continue;
    const difference = firstDifference(answerFingerprint(answers.get(floor.floorOf)), answerFingerprint(answers.get(floor.id)));
    if (difference) throw new Error(`${floor.id} does not answer what ${floor.floorOf} answers (${difference})`);
    console.log(`  ${floor.id} answers what ${floor.floorOf} answers`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      statements: { type: "string", default: "1000000" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "50,1" },
      only: { type: "string" },
      "cpu-prof": { type: "boolean", default: false },
      "cpu-prof-dir": { type: "string", default: path.join(root, ".data", "bench-profiles") },
      report: { type: "string", default: path.join(root, "bench", "reports", "api.md") },
      "rewrite-comparison": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values["rewrite-comparison"]) {
    rewriteComparison(values.report);
    console.log(`Rewrote the comparison of sizes in ${path.relative(root, values.report)}`);
    return;
  }
  const statements = Number(values.statements.replace(/_/g, ""));
  const scale = synthScale(statements);
  const durationSeconds = Number(values.duration);
  const warmupSeconds = Number(values.warmup);
  const connectionCounts = values.connections.split(",").map(Number);
  const only = values.only?.split(",");
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg()[0]!;

  const url = benchDatabaseUrl(statements);
  await ensureDatabase(url);
  const synthSeconds = await ensureData(url, statements);

  // EXPLAIN plans as the API and the floors do: without parallel workers (apps/api/src/db/open.ts).
  const client = new Client({ connectionString: url, options: "-c max_parallel_workers_per_gather=0" });
  await client.connect();
  const postgres = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version.split(" ")[0]!;
  const sizes = await tableSizes(client);
  const counts = async (sql: string, params: unknown[] = []) => Number((await client.query<{ count: string }>(sql, params)).rows[0]!.count);

  console.log("Choosing search words from the synthetic vocabulary");
  const vocabulary = [
    ...synthVocabulary.nouns,
    ...synthVocabulary.adjectives,
    ...synthVocabulary.technicalTerms,
    ...synthVocabulary.verbs.flat(),
  ];
  const [common, rare] = await chooseSearchWords(client, vocabulary, [0.01, 0.0001]);
  // The actor pages: a speaker of the busy day with about 0.1% of all statements, a share the same at every
  // size; and one with as many statements as the average actor has, about as many at every size.
  const actor = await chooseActor(client, busyDay.date, statements / 1000);
  const typicalActor = await chooseActor(client, busyDay.date, statements / (await counts(`SELECT count(*) FROM "actor"`)));
  const all = buildScenarios({
    day: busyDay.date,
    actor,
    typicalActor,
    common: common!,
    rare: rare!,
    statements,
  });
  const chosen = all.filter((scenario) => !only || only.includes(scenario.id));
  const results = new Map<string, ScenarioResult>(
    chosen.map((scenario) => [
      scenario.id,
      {
        id: scenario.id,
        title: scenario.title,
        about: scenario.about,
        matches: scenario.matches,
        floorOf: scenario.floorOf,
        runs: [],
        sqlPerRequest: null,
        responseBytes: null,
        explained: [],
      },
    ]),
  );
  for (const scenario of chosen) console.log(`- ${scenario.id}: ${scenario.about}`);

  // SQL per request, and the plans: the same build, in this process, one request at a time.
  let probes: ProbeResult[] = [];
  const counting = await startCountingServer(url);
  const countingResolvers = await startCountingServer(url, { compiledReads: false });
  try {
    for (const scenario of chosen.filter((candidate) => candidate.server === "api" || candidate.server === "api-resolvers")) {
      const server = scenario.server === "api" ? counting : countingResolvers;
      const { queries, status, response, readPath } = await server.capture(scenario.body!);
      if (status !== 200 || response.includes('"errors"')) throw new Error(`${scenario.id} failed: ${response.slice(0, 500)}`);
      const result = results.get(scenario.id)!;
      result.sqlPerRequest = queries.length;
      result.readPath = readPath;
      console.log(
        `  ${scenario.id}: ${queries.length} SQL statement${queries.length === 1 ? "" : "s"}, read path: ${readPath ?? "resolvers"}`,
      );
      result.explained = await explainAll(client, queries, sizes);
    }
    if (!only) {
      console.log("Explaining every filter and order");
      probes = await explainProbes(counting, client, sizes, await probeInputs(client, busyDay.date, actor.slug, common!.word));
    }
  } finally {
    await counting.stop();
    await countingResolvers.stop();
  }
  for (const scenario of chosen.filter((candidate) => candidate.server === "floor")) {
    const address = new URL(scenario.path, "http://floor");
    const floor = floorQueries[address.pathname]!;
    const result = results.get(scenario.id)!;
    result.sqlPerRequest = 1;
    result.explained = await explainAll(client, [{ sql: floor.sql, params: floor.params(address.searchParams) }], sizes);
  }

  // Requests still running when a run ends (autocannon stops waiting for them) would slow the next:
  // wait until the database has no query of the bench's running and the server has gone quiet. After
  // 10 s, the queries of requests nobody waits for any more are cancelled (on this database only), again and again.
  const settle = async (pid: number) => {
    const started = Date.now();
    for (let lastCancel = 0; Date.now() - started < 300_000;) {
      const busy = await counts(
        `SELECT count(*) FROM pg_stat_activity WHERE "datname" = current_database() AND "state" = 'active' AND "pid" <> pg_backend_pid()`,
      );
      const before = cpuSeconds(pid);
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (busy === 0 && cpuSeconds(pid) - before < 0.03) return;
      // Requests queued in the server start new queries as others are cancelled: cancel again while it lasts.
      if (busy > 0 && Date.now() - started > 10_000 && Date.now() - lastCancel > 1_000) {
        await client.query(
          `SELECT pg_cancel_backend("pid") FROM pg_stat_activity WHERE "datname" = current_database() AND "state" = 'active' AND "pid" <> pg_backend_pid()`,
        );
        lastCancel = Date.now();
      }
    }
  };

  const profiles: string[] = [];
  const answers = new Map<string, unknown>();
  const load = async (child: Child, scenario: Scenario) => {
    const result = results.get(scenario.id)!;
    const checked = await checkOnce(child.url, scenario);
    result.responseBytes = checked.bytes;
    answers.set(scenario.id, checked.answer);
    const scenarioConnections = [...new Set([...connectionCounts, ...(scenario.alsoAt ?? [])])].sort((a, b) => b - a);
    for (const connections of scenarioConnections) {
      await settle(child.pid);
      process.stdout.write(`  ${scenario.id}, ${connections} connection${connections === 1 ? "" : "s"}: `);
      const loadAverage = os.loadavg()[0]!;
      const run: LoadResult = await measureLoad({
        url: `${child.url}${scenario.path}`,
        body: scenario.body,
        connections,
        durationSeconds,
        warmupSeconds,
        pid: child.pid,
      });
      console.log(
        `${run.requestsPerSecond.toFixed(1)} requests/s, p50 ${run.latencyP50Ms} ms, p99 ${run.latencyP99Ms} ms, CPU ${run.cpuPercent.toFixed(0)}%, ${run.errors} errors`,
      );
      result.runs.push({ ...run, loadAverage });
    }
  };
  const apiEnv = { DATABASE_URL: url, NODE_ENV: "production", SEED_IF_EMPTY: "false", RESPONSE_CACHE: "false" };
  const apiScript = path.join(apiDist, "index.js");
  const startFlags = apiStartFlags(path.join(root, "apps", "api", "package.json"));

  // The floor's server runs beside the API's: each request's floor is loaded right after it, so that
  // both meet the shared machine as it is then (runs minutes apart drifted by a third either way).
  const onFloor = chosen.filter((scenario) => scenario.server === "floor");
  const floor =
    onFloor.length > 0
      ? await startChild({
          script: path.join(__dirname, "floor-server.js"),
          env: { DATABASE_URL: url },
          portVariable: "FLOOR_PORT",
          ready: "/health",
          name: "the floor",
        })
      : undefined;
  try {
    const onApi = chosen.filter((scenario) => scenario.server === "api");
    if (onApi.length > 0) {
      mkdirSync(values["cpu-prof-dir"], { recursive: true });
      const before = new Set(readdirSync(values["cpu-prof-dir"]));
      const nodeArgs = [...startFlags, ...(values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${values["cpu-prof-dir"]}`] : [])];
      console.log(`Loading the API${values["cpu-prof"] ? " (with --cpu-prof)" : ""}`);
      const api = await startChild({
        script: apiScript,
        env: apiEnv,
        portVariable: "API_PORT",
        ready: "/health",
        nodeArgs,
        name: "the API",
      });
      try {
        for (const scenario of onApi) {
          await load(api, scenario);
          for (const itsFloor of onFloor.filter((candidate) => candidate.floorOf === scenario.id)) await load(floor!, itsFloor);
        }
      } finally {
        await api.stop();
      }
      for (const file of readdirSync(values["cpu-prof-dir"])) {
        if (!before.has(file) && file.endsWith(".cpuprofile")) profiles.push(path.relative(root, path.join(values["cpu-prof-dir"], file)));
      }
      for (const file of profiles) console.log(`CPU profile: ${file} (summarise it with npm run bench:profile -- ${file})`);
    }

    const onResolvers = chosen.filter((scenario) => scenario.server === "api-resolvers");
    if (onResolvers.length > 0) {
      console.log("Loading the API with its resolvers alone (COMPILED_READS=false)");
      const api = await startChild({
        script: apiScript,
        env: { ...apiEnv, COMPILED_READS: "false" },
        portVariable: "API_PORT",
        ready: "/health",
        nodeArgs: startFlags,
        name: "the API",
      });
      try {
        for (const scenario of onResolvers) await load(api, scenario);
      } finally {
        await api.stop();
      }
    }

    const laterFloors = onFloor.filter((scenario) => !onApi.some((request) => request.id === scenario.floorOf));
    if (floor && laterFloors.length > 0) {
      console.log("Loading the floor");
      for (const scenario of laterFloors) await load(floor, scenario);
    }
  } finally {
    await floor?.stop();
  }

  const cached = chosen.find((scenario) => scenario.server === "api-cached");
  if (cached) {
    const result = results.get(cached.id)!;
    if (!hasResponseCache()) {
      result.notApplicable = "this build of the API has no response cache (RESPONSE_CACHE is not among its settings).";
      console.log(`${cached.id}: n/a, ${result.notApplicable}`);
    } else {
      console.log("Loading the API with its response cache");
      try {
        const api = await startChild({
          script: apiScript,
          env: { ...apiEnv, RESPONSE_CACHE: undefined },
          portVariable: "API_PORT",
          ready: "/health",
          nodeArgs: startFlags,
          name: "the API",
        });
        try {
          await load(api, cached);
        } finally {
          await api.stop();
        }
      } catch (error) {
        result.notApplicable = `it failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
        result.runs = [];
        console.log(`${cached.id}: n/a, ${result.notApplicable}`);
      }
    }
  }
  checkFloorsAnswerTheSame(onFloor, answers);

  const rows = Object.fromEntries([...(await tableSizes(client))].map(([table, count]) => [table, count]));
  const exact = async (table: string) => counts(`SELECT count(*) FROM "${table}"`);
  const benchResults: BenchResults = {
    statements,
    startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      postgres,
      loadAverage,
    },
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, ""),
    database: databaseName(url),
    data: {
      events: await exact("event"),
      actors: await exact("actor"),
      days: scale.days,
      sources: await exact("source"),
      excerpts: await exact("excerpt"),
      synthSeconds,
    },
    durationSeconds,
    warmupSeconds,
    scenarios: chosen.map((scenario) => results.get(scenario.id)!),
    probes,
    tableRows: rows,
    profiles,
  };
  await client.end();

  if (values.report !== "none") {
    writeReport(values.report, benchResults);
    console.log(`Wrote ${path.relative(root, values.report)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
