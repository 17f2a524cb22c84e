import { holdStatementTable, isStatementsListQuery } from "./support/hold-table";
import { startTestServer, type TestServer } from "./support/test-server";

const statements = `{ statements(first: 2) { edges { node { slug } } } }`;

const post = (api: TestServer, signal?: AbortSignal) =>
  fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: statements }),
    signal,
  });

const statementQueries = (api: TestServer) => api.sql.filter(isStatementsListQuery).length;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("admission (MAX_CONCURRENT_REQUESTS)", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ server: { maxConcurrentRequests: 1 } });
  });
  afterAll(() => api.stop());

  // Without the limit, the second request would run at once, wait for the lock, and its statements query be logged when it goes.
  it("never runs a request whose client leaves while it waits for its turn", async () => {
    const lock = await holdStatementTable(api);
    api.sql.length = 0;
    const first = post(api);
    try {
      await pause(500);
      const client = new AbortController();
      const second = post(api, client.signal);
      await pause(500);
      client.abort();
      await expect(second).rejects.toThrow();
      await pause(500);
    } finally {
      await lock.release();
    }
    // The first answers once the lock goes; the second's turn, next, was skipped.
    expect((await first).status).toBe(200);
    await pause(1_000);
    expect(statementQueries(api)).toBe(1);
  });

  it("takes requests again once those ahead are answered", async () => {
    const answer = await post(api);
    expect(answer.status).toBe(200);
  });
});
