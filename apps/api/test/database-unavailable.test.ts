import { Client } from "pg";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";
import { startTestServer, type TestServer } from "./support/test-server";

/**
 * PGlite runs inside the API's own process: it cannot become unreachable.
 * These tests need a database across a network, so they are registered on
 * PostgreSQL only (TEST_DATABASE_URL set, as `.ci/run`'s second pass does);
 * on PGlite this file registers them as skipped and has nothing to run.
 */
const describeOnPostgresOnly = process.env.TEST_DATABASE_URL ? describe : describe.skip;

const topicQuery = `{ topic(slug: "london-talks") { name } }`;

describeOnPostgresOnly("when the database goes away (PostgreSQL behind a TCP proxy that the test cuts)", () => {
  let proxy: TcpProxy;
  let api: TestServer;
  /** The test database's own URL, not through the proxy. */
  let directUrl: string;

  beforeAll(async () => {
    api = await startTestServer({
      connect: async (target) => {
        if (!("url" in target)) throw new Error("expected a PostgreSQL test database");
        directUrl = target.url;
        proxy = await startTcpProxy(target.url);
        return { url: proxy.proxied(target.url) };
      },
    });
  });
  afterAll(async () => {
    await proxy.restore();
    await api.stop();
    await proxy.close();
  });

  async function health() {
    const response = await fetch(`${api.url}/health`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  }

  it("serves while the database is there", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ok" } });
    expect(await api.graphql(topicQuery)).toEqual({ status: 200, data: { topic: { name: "The London talks" } } });
  });

  it("answers 503 DATABASE_UNAVAILABLE at once, and /health 503 saying so, while the database cannot be reached", async () => {
    await proxy.cut();
    try {
      const started = Date.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: topicQuery }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(body.errors.map((error) => error.extensions.code)).toEqual(["DATABASE_UNAVAILABLE"]);
      expect(body.errors[0]?.message).toMatch(/database is unavailable/);

      expect(await health()).toEqual({ status: 503, body: { status: "unavailable", reason: "database unreachable" } });
    } finally {
      await proxy.restore();
    }
  });

  it("answers 503 DATABASE_UNAVAILABLE to a request whose connection drops while its query runs", async () => {
    // Hold a lock (directly, not through the proxy) so that the API's query waits on the database.
    const locker = new Client({ connectionString: directUrl });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "topic" IN ACCESS EXCLUSIVE MODE`);
      const pending = api.graphql(topicQuery);
      await waitForLockWaiter(locker);
      await proxy.cut();
      const { status, errors } = await pending;
      expect(status).toBe(503);
      expect(errors?.map((error) => error.extensions?.code)).toEqual(["DATABASE_UNAVAILABLE"]);
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
      await proxy.restore();
    }
  });

  it("recovers by itself once the database is back", async () => {
    await proxy.cut();
    expect((await api.graphql(topicQuery)).status).toBe(503);
    await proxy.restore();
    expect(await health()).toEqual({ status: 200, body: { status: "ok" } });
    expect(await api.graphql(topicQuery)).toEqual({ status: 200, data: { topic: { name: "The London talks" } } });
  });
});

/** Resolves once some other session waits for a lock (the API's query, queued behind `locker`'s). */
async function waitForLockWaiter(locker: Client): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    // Inside the locker's transaction, pg_stat_activity is a snapshot taken at its first read: drop it each time.
    await locker.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await locker.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the API's query never waited for the lock");
}
