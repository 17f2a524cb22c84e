import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, freePort, type TestDatabase, waitFor } from "@parley/api/testing";
import { documentedVariables } from "../support/configuration-table";
import { repositoryRoot } from "../support/repository-root";

// `npm start` as the README runs it (turbo, its strict environment, both apps), every variable of
// the README's configuration table set to a value other than its default, and each value looked
// for in the configuration the process that reads it logs at start. The build is turbo's cache
// (`npm test` builds first), so the apps start in seconds.
jest.setTimeout(300_000);

/** The process each user in the table's "used by" column is, by its turbo task's log prefix. */
const processes: Record<string, string> = { API: "@parley/api:start", web: "@parley/web:start" };

let testDatabase: TestDatabase;
let dataDir: string;
let npmStart: ChildProcess;
let output = "";
/** What the test sets each variable to; undefined where it cannot set one (DATABASE_URL on PGlite). */
let values: Record<string, string | undefined>;
let given: Record<string, string>;
let apiPort: number;

/** A value other than the default for every variable `npm start`'s processes read; a variable missing here fails the test. */
function startValues(ports: { api: number; web: number }, databaseUrl: string | undefined): Record<string, string | undefined> {
  return {
    API_PORT: String(ports.api),
    WEB_PORT: String(ports.web),
    // Only where the tests run on PostgreSQL: on PGlite there is no server to point it at.
    DATABASE_URL: databaseUrl,
    PGLITE_DATA_DIR: dataDir,
    DATABASE_STATEMENT_TIMEOUT_MS: "4321",
    // Its default depends on the database: true on PGlite, false on PostgreSQL.
    SEED_IF_EMPTY: databaseUrl ? "true" : "false",
    WEB_ORIGIN: `http://localhost:${ports.web},https://parley.example`,
    NODE_ENV: "test",
    REQUEST_TIMEOUT_MS: "1",
    HEADERS_TIMEOUT_MS: "9876",
    MAX_CONCURRENT_REQUESTS: "3",
    RESPONSE_CACHE: "false",
    COMPILED_READS: "false",
    RESPONSE_CACHE_TTL_SECONDS: "77",
    RESPONSE_CACHE_MAX_MB: "12",
    // Read, not needed: with the cache off and no writes, the API sends Redis nothing.
    REDIS_URL: "redis://127.0.0.1:6379/0",
    WRITE_RATE_LIMIT: "7",
    WRITE_RATE_LIMIT_WINDOW_SECONDS: "30",
    SESSION_TTL_HOURS: "5",
    API_URL: `http://127.0.0.1:${ports.api}/graphql`,
    PUBLIC_API_URL: "https://api.parley.example/graphql",
  };
}

/** The variables each process logged in its "Configuration" line, by process; turbo prefixes every line with its task. */
function loggedConfigurations(): Record<string, Record<string, unknown>> {
  const logged: Record<string, Record<string, unknown>> = {};
  // eslint-disable-next-line no-control-regex -- turbo colours its prefixes when it thinks it may
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const match = /^(@parley\/[a-z]+:start): (\{.*"message":"Configuration".*\})\s*$/.exec(line);
    if (match) logged[match[1]!] = (JSON.parse(match[2]!) as { variables: Record<string, unknown> }).variables;
  }
  return logged;
}

/** A logged value as the environment gives it: lists joined by commas. */
const asGiven = (value: unknown) => (Array.isArray(value) ? value.join(",") : String(value));

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "parley-npm-start-"));
  testDatabase = await createTestDatabase();
  apiPort = await freePort();
  values = startValues({ api: apiPort, web: await freePort() }, "url" in testDatabase.target ? testDatabase.target.url : undefined);
  given = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
  // Nothing inherited from the test's own environment: only what the test gives.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !(name in values)));
  npmStart = spawn("npm", ["start"], { cwd: repositoryRoot, env: { ...env, ...given }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  npmStart.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npmStart.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const webUrl = `http://127.0.0.1:${given.WEB_PORT}`;
  const started = async () => /API listening/.test(output) && (await fetch(`${webUrl}/icon.svg`)).ok;
  await waitFor(started, 240_000, "npm start").catch((error: unknown) => {
    throw new Error(`${String(error)}; it wrote:\n${output}`);
  });
});

afterAll(async () => {
  if (npmStart?.exitCode === null) {
    // turbo and every process under it: the group `detached` made.
    const exited = once(npmStart, "exit");
    process.kill(-npmStart.pid!, "SIGINT");
    const stubborn = setTimeout(() => process.kill(-npmStart.pid!, "SIGKILL"), 20_000);
    await exited;
    clearTimeout(stubborn);
  }
  await testDatabase?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("hands every variable of the README's configuration table to the process that reads it", () => {
    const logged = loggedConfigurations();
    const checked = documentedVariables().flatMap(({ name, usedBy }) =>
      usedBy.filter((user) => user in processes).map((user) => ({ name, process: processes[user]! })),
    );
    // A variable the table documents for a process this test has no value for must get one above.
    expect(checked.filter(({ name }) => !(name in values)).map(({ name }) => name)).toEqual([]);
    const reached = checked
      .filter(({ name }) => name in given)
      .map(({ name, process }) => `${name} in ${process}: ${asGiven(logged[process]?.[name])}`);
    expect(reached).toEqual(
      checked.filter(({ name }) => name in given).map(({ name, process }) => `${name} in ${process}: ${given[name]}`),
    );
  });

  it("answers a GraphQL request with 504 REQUEST_TIMEOUT past REQUEST_TIMEOUT_MS=1", async () => {
    const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ topics(first: 1) { totalCount } }" }),
    });
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "REQUEST_TIMEOUT" } }] });
  });
});
