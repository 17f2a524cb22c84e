import { Client } from "pg";
import { rivalMinisters } from "./scenarios/rival-ministers";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { tokensFor } from "./support/writes";

/**
 * A PostgreSQL server that is there but will not serve: a database closed to
 * connections (ALLOW_CONNECTIONS false, its sessions ended, as before a
 * restore or a failover), or a session ended under a running query
 * (pg_terminate_backend, as a restart does). Registered on PostgreSQL only
 * (TEST_DATABASE_URL set); PGlite runs in the API's own process.
 */
const describeOnPostgresOnly = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgresOnly("when PostgreSQL refuses the API's connections, or ends its sessions", () => {
  let api: ScenarioServer<typeof rivalMinisters>;
  let token: string;
  /** A session of the test's own on the server's maintenance database (the one TEST_DATABASE_URL names), which outlives the API's. */
  let admin: Client;
  let database: string;
  const topicQuery = `{ topic(slug: "${rivalMinisters.topics.sanctions.slug}") { name } }`;

  beforeAll(async () => {
    api = await startTestServerWith(rivalMinisters);
    token = (await tokensFor(api)).writer;
    if (!("url" in api.target)) throw new Error("expected a PostgreSQL test database");
    database = new URL(api.target.url).pathname.slice(1);
    admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await admin.end();
    await api.stop();
  });

  /** Ends every session on the test database (the API's). */
  async function terminateApiSessions() {
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
  }

  async function post(query: string, authorization?: string) {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization && { authorization: `Bearer ${authorization}` }) },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
    return { status: response.status, retryAfter: response.headers.get("retry-after"), codes: body.errors?.map((e) => e.extensions.code) };
  }

  async function health() {
    const response = await fetch(`${api.url}/health`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  }

  const unavailable = { status: 503, retryAfter: expect.stringMatching(/^\d+$/), codes: ["DATABASE_UNAVAILABLE"] };

  it("answers reads and writes 503 DATABASE_UNAVAILABLE, and /health 503, while the database accepts no connections; recovers unaided", async () => {
    expect(await post(topicQuery)).toEqual({ status: 200, retryAfter: null, codes: undefined });

    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    try {
      await terminateApiSessions();
      const reads = await Promise.all(Array.from({ length: 10 }, () => post(topicQuery)));
      expect(reads).toEqual(Array.from({ length: 10 }, () => unavailable));
      const write = await post(`mutation { createTopic(input: { slug: "refused-topic", name: "Refused" }) { topic { slug } } }`, token);
      expect(write).toEqual(unavailable);
      expect(await health()).toEqual({ status: 503, body: { status: "unavailable", reason: "database unreachable" } });
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    }

    expect(await health()).toEqual({ status: 200, body: { status: "ok" } });
    expect(await post(topicQuery)).toEqual({ status: 200, retryAfter: null, codes: undefined });
  });

  it("answers 503 DATABASE_UNAVAILABLE to a request whose session is ended while its query runs (57P01), and serves the next", async () => {
    const locker = new Client({ connectionString: (api.target as { url: string }).url });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "topic" IN ACCESS EXCLUSIVE MODE`);
      const pending = post(topicQuery);
      const waiter = await waitForLockWaiter(locker);
      await admin.query("SELECT pg_terminate_backend($1)", [waiter]);
      expect(await pending).toEqual(unavailable);
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
    }
    expect(await post(topicQuery)).toEqual({ status: 200, retryAfter: null, codes: undefined });
  });
});

/** The process id of a session that waits for a lock (the API's query, queued behind `locker`'s). */
async function waitForLockWaiter(locker: Client): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    // Inside the locker's transaction, pg_stat_activity is a snapshot taken at its first read: drop it each time.
    await locker.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await locker.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    );
    if (rows[0]) return rows[0].pid;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the API's query never waited for the lock");
}
