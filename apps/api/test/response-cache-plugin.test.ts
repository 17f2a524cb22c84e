import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { memoryStore } from "../src/http/cache-store";
import { freshRead } from "../src/http/fresh-read";
import { responseCachePlugin } from "../src/http/response-cache";
import { stringifyResult } from "../src/http/stored-answer";
import { post } from "./support/response-cache";

// The cache's plugin on a schema of the test's own, over HTTP: one that has a mutation
// and a field marked private, which Parley's schema does not have yet.

const typeDefs = `
  type Query { count: Int!, mine: String!, slow: Int!, slowFailure: Int }
  type Mutation { increment: Int! }
`;

let count = 0;
let slowRuns = 0;
const pause = () => new Promise((resolve) => setTimeout(resolve, 300));
let version: string | undefined | Error = "1";
const readVersion = async () => {
  if (version instanceof Error) throw version;
  return version;
};
let url: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        count: () => count,
        mine: (
          _parent: unknown,
          _args: unknown,
          _context: unknown,
          info: { cacheControl: { setCacheHint(hint: { scope: "PRIVATE" }): void } },
        ) => {
          info.cacheControl.setCacheHint({ scope: "PRIVATE" });
          return "for one caller";
        },
        slow: async () => {
          slowRuns += 1;
          await pause();
          return slowRuns;
        },
        slowFailure: async () => {
          slowRuns += 1;
          await pause();
          throw new Error("failed slowly");
        },
      },
      Mutation: { increment: () => ++count },
    },
    plugins: [
      responseCachePlugin({ store: memoryStore(2 ** 20), ttlSeconds: 60, readVersion, namespace: "test" }),
      // A plugin after the cache that fails the operation named Crash, slowly, as a bug in a hook would.
      {
        async requestDidStart() {
          return {
            async responseForOperation({ operationName }) {
              if (operationName !== "Crash") return null;
              await pause();
              throw new Error("a plugin failed");
            },
          };
        },
      },
    ],
    // Apollo logs the failure above; these tests expect it.
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    stringifyResult,
  });
  await apollo.start();
  const app = express();
  app.use("/graphql", express.json(), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = async () => {
    await apollo.stop();
    await new Promise((resolve) => server.close(resolve));
  };
});
afterAll(() => stop());

describe("the response cache plugin", () => {
  it("never caches a mutation, however it succeeds", async () => {
    const first = await post(url, { query: "mutation { increment }" });
    const second = await post(url, { query: "mutation { increment }" });
    expect([first.cache, second.cache]).toEqual(["bypass", "bypass"]);
    expect(second.json.data).toEqual({ increment: (first.json.data as { increment: number }).increment + 1 });
  });

  it("caches a query until the data version changes", async () => {
    version = "2";
    const first = await post(url, { query: "{ count }" });
    await post(url, { query: "mutation { increment }" });
    // The version did not move (this schema has no trigger): the stale count is what a missing bump would cost.
    const cached = await post(url, { query: "{ count }" });
    expect([first.cache, cached.cache]).toEqual(["miss", "hit"]);
    expect(cached.text).toBe(first.text);
    version = "3";
    const fresh = await post(url, { query: "{ count }" });
    expect(fresh.cache).toBe("miss");
    expect(fresh.json.data).toEqual({ count: count });
  });

  it("never caches what a resolver marked PRIVATE", async () => {
    const first = await post(url, { query: "{ mine }" });
    const second = await post(url, { query: "{ mine }" });
    expect([first.cache, second.cache]).toEqual(["bypass", "bypass"]);
  });

  it("serves from the database, uncached, when the version cannot be read", async () => {
    for (const unknown of [undefined, new Error("database down")]) {
      version = unknown;
      const first = await post(url, { query: "{ count }" });
      const second = await post(url, { query: "{ count }" });
      expect(second.json.data).toEqual({ count });
      expect([first.cache, second.cache]).not.toContain("hit");
    }
    version = "4";
  });

  it("runs a burst of identical requests on a cold key once, and answers the rest with its result", async () => {
    slowRuns = 0;
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(url, { query: "{ slow }" })));
    expect(slowRuns).toBe(1);
    expect(responses.map((response) => response.cache).sort()).toEqual(["hit", "hit", "hit", "hit", "miss"]);
    expect(new Set(responses.map((response) => response.text)).size).toBe(1);
  });

  it("runs each of a burst of identical requests whose answer cannot be cached", async () => {
    slowRuns = 0;
    const responses = await Promise.all(Array.from({ length: 4 }, () => post(url, { query: "{ slowFailure }" })));
    expect(slowRuns).toBe(4);
    expect(responses.map((response) => response.cache)).toEqual(["bypass", "bypass", "bypass", "bypass"]);
  });

  it("lets those waiting for a run go on when it fails unexpectedly", async () => {
    const responses = await Promise.all(Array.from({ length: 3 }, () => post(url, { query: "query Crash { count }" })));
    expect(responses.map((response) => response.status)).toEqual([500, 500, 500]);
  });

  it("leaves an operationName that picks no operation to Apollo", async () => {
    const response = await post(url, { query: "query Count { count }", operationName: "Nope" });
    expect(response.json.errors?.[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(response.cache).toBe("bypass");
  });

  it("leaves batches and requests without a query to Apollo", async () => {
    const batch = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ count }" }]),
    });
    expect(batch.status).toBe(400);
    expect(batch.headers.get("x-cache")).toBeNull();
    const noQuery = await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(noQuery.cache).not.toBe("hit");
  });
});

describe("fresh reads of the data version", () => {
  it("never give a caller a read that began before it asked, and share one read among those who wait", async () => {
    const started: ((value: number) => void)[] = [];
    const read = freshRead(() => new Promise<number>((resolve) => started.push(resolve)));
    const first = read();
    expect(started).toHaveLength(1);
    // Arrive while the first read runs: they must not get it, and share the next.
    const second = read();
    const third = read();
    expect(started).toHaveLength(1);
    started[0]!(1);
    expect(await first).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(2);
    started[1]!(2);
    expect([await second, await third]).toEqual([2, 2]);
    // Nothing running: a new caller starts a read at once.
    const fourth = read();
    expect(started).toHaveLength(3);
    started[2]!(3);
    expect(await fourth).toBe(3);
  });

  it("pass a failed read to its callers only, and read again for the next", async () => {
    let calls = 0;
    const read = freshRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error("no connection");
      return calls;
    });
    await expect(read()).rejects.toThrow("no connection");
    expect(await read()).toBe(2);
  });
});

describe("the in-process store", () => {
  it("stays within its bound, dropping the least recently used", async () => {
    const store = memoryStore(10_000);
    for (let index = 0; index < 100; index += 1) {
      await store.set(`key-${index}`, { etag: `"${index}"`, body: "x".repeat(1_000) }, 60);
    }
    const kept = [];
    for (let index = 0; index < 100; index += 1) {
      if (await store.get(`key-${index}`)) kept.push(index);
    }
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(10);
    expect(kept).toContain(99);
    expect(kept).not.toContain(0);
  });

  it("lets an entry expire after its TTL", async () => {
    const store = memoryStore(10_000);
    await store.set("key", { etag: "", body: "{}" }, 1);
    expect(await store.get("key")).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.get("key")).toBeUndefined();
  });
});
