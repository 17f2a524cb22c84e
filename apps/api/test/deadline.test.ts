import { Client } from "pg";
import { holdStatementTable, waitForStatementsQuery } from "./support/hold-table";
import { startTestServer, type TestServer } from "./support/test-server";

const REQUEST_TIMEOUT_MS = 2_000;

const statementsWithSpeakers = `{ statements(first: 3) { edges { node { slug speaker { name } topics { name } } } } }`;

describe("the request deadline (REQUEST_TIMEOUT_MS)", () => {
  let api: TestServer;
  beforeAll(async () => {
    // The resolvers' path, whose nested loads the deadline abandons; a compiled read is one statement (below).
    api = await startTestServer({ server: { requestTimeoutMs: REQUEST_TIMEOUT_MS, compiledReads: false } });
  });
  afterAll(() => api.stop());

  it("answers a request still running at its deadline with 504 REQUEST_TIMEOUT, and abandons its work", async () => {
    const lock = await holdStatementTable(api);
    let response: Response;
    const started = Date.now();
    try {
      api.sql.length = 0;
      response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: statementsWithSpeakers }),
      });
    } finally {
      await lock.release();
    }
    const elapsed = Date.now() - started;
    expect(response.status).toBe(504);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([
      { message: `The request took longer than ${REQUEST_TIMEOUT_MS} ms and was abandoned`, extensions: { code: "REQUEST_TIMEOUT" } },
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);

    // Once the lock is gone the statements query finishes; the fields under it
    // (speaker, topics) are never resolved, so their queries are never sent.
    await waitForStatementsQuery(api);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.sql.filter((sql) => /FROM "public"\."(actor|topic|statement_topic)"/.test(sql))).toEqual([]);
  });

  it("abandons the work of a request whose client hangs up before its answer", async () => {
    const lock = await holdStatementTable(api);
    try {
      api.sql.length = 0;
      const client = new AbortController();
      const request = fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: statementsWithSpeakers }),
        signal: client.signal,
      });
      // Time for the request to reach the statements query, which waits for the lock.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      client.abort();
      await expect(request).rejects.toThrow();
      // Time for the server to see the connection close, before the lock lets the query finish.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await lock.release();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(api.sql.filter((sql) => /FROM "public"\."(actor|topic|statement_topic)"/.test(sql))).toEqual([]);
  });

  it("keeps serving after abandoning a request", async () => {
    const { status, data, errors } = await api.graphql<{ statements: { edges: unknown[] } }>(statementsWithSpeakers);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data?.statements.edges).toHaveLength(3);
  });
});

describe("the request deadline, for a read answered by one compiled statement", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ server: { requestTimeoutMs: REQUEST_TIMEOUT_MS } });
  });
  afterAll(() => api.stop());

  it("answers 504 REQUEST_TIMEOUT at the deadline, and sends nothing after its one statement", async () => {
    const lock = await holdStatementTable(api);
    let response: Response;
    try {
      api.sql.length = 0;
      response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: statementsWithSpeakers }),
      });
    } finally {
      await lock.release();
    }
    expect(response.status).toBe(504);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("REQUEST_TIMEOUT");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(api.sql.filter((sql) => sql.startsWith("SELECT"))).toEqual([expect.stringMatching(/ AS data$/)]);
  });
});

/**
 * PostgreSQL's statement_timeout cancels a query with SQLSTATE 57014
 * (query_canceled); the API answers it as it answers its own deadline.
 * PGlite runs queries in this process and has no statement_timeout: there
 * this test is not registered.
 */
const describeOnPostgresOnly = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgresOnly.each([
  ["compiled", true],
  ["by the resolvers", false],
])("a query PostgreSQL cancels (statement_timeout), %s", (_path, compiledReads) => {
  let api: TestServer;
  let directUrl: string;
  beforeAll(async () => {
    api = await startTestServer({
      server: { compiledReads },
      connect: (target) => {
        if (!("url" in target)) throw new Error("expected a PostgreSQL test database");
        directUrl = target.url;
        const url = new URL(target.url);
        url.searchParams.set("options", "-c statement_timeout=300");
        return { url: url.toString() };
      },
    });
  });
  afterAll(() => api.stop());

  it("is answered 504 REQUEST_TIMEOUT, not as an internal error", async () => {
    const locker = new Client({ connectionString: directUrl });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "statement" IN ACCESS EXCLUSIVE MODE`);
      const { status, data, errors } = await api.graphql(statementsWithSpeakers);
      expect(status).toBe(504);
      expect(data).toBeNull();
      expect(errors).toEqual([
        expect.objectContaining({
          message: "The database took too long to answer and the query was cancelled",
          extensions: { code: "REQUEST_TIMEOUT" },
        }),
      ]);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
  });
});
