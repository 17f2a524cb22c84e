import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import { logger } from "../src/logger";
import { createServer, type Server } from "../src/server";
import { createTestDatabase, databaseEnv, startApiProcess } from "../src/testing";
import { dayTimeline, onPostgres, post, writeElsewhere } from "./support/response-cache";
import { describeWithRedis, redisAnswers, redisUrl } from "./support/redis";
import { startTestServer, type TestServer } from "./support/test-server";

// The response cache shared through Redis, as replicas share it: run where a
// Redis server answers (support/redis.ts), skipped where none does.

const responseCache = { ttlSeconds: 60, maxBytes: 2 ** 20, redisUrl };
const eventTitle = (response: Awaited<ReturnType<typeof post>>) =>
  (response.json.data as { timeline: { edges: { node: { slug: string; title: string } }[] } }).timeline.edges[0]!.node;

describeWithRedis("the response cache on Redis, with two API servers", () => {
  let first: TestServer;
  let second: Server;
  let secondUrl: string;
  beforeAll(async () => {
    first = await startTestServer({ server: { responseCache } });
    second = await createServer({ db: first.db, webOrigins: [], responseCache });
    await new Promise<void>((resolve) => second.httpServer.listen(0, "127.0.0.1", resolve));
    secondUrl = `http://127.0.0.1:${(second.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it("shares entries: what one server cached, the other serves", async () => {
    const miss = await post(first.url, dayTimeline);
    expect(miss.cache).toBe("miss");
    const hit = await post(secondUrl, dayTimeline);
    expect(hit.cache).toBe("hit");
    expect(hit.text).toBe(miss.text);
    expect(hit.contentType).toBe(miss.contentType);
  });

  it("lets both see a write at once", async () => {
    const { slug } = eventTitle(await post(first.url, dayTimeline));
    expect((await post(secondUrl, dayTimeline)).cache).toBe("hit");

    await writeElsewhere(first.target, `UPDATE "event" SET "title" = 'Retitled for both' WHERE "slug" = '${slug}'`, first.db);
    const onSecond = await post(secondUrl, dayTimeline);
    expect(onSecond.cache).toBe("miss");
    expect(eventTitle(onSecond).title).toBe("Retitled for both");
    const onFirst = await post(first.url, dayTimeline);
    expect(onFirst.cache).toBe("hit");
    expect(eventTitle(onFirst).title).toBe("Retitled for both");
  });

  it("keeps a copy of what it read from Redis in each process, which a write makes unreachable like the rest", async () => {
    const query = { query: "query Actor($slug: String!) { actor(slug: $slug) { name } }", variables: { slug: "john-kerry" } };
    await post(first.url, query);
    expect((await post(secondUrl, query)).cache).toBe("hit");
    // Gone from Redis, the entry is still served from the second server's copy.
    const [row] = await first.db.prisma.$queryRaw<{ epoch: string }[]>`SELECT "epoch"::text AS "epoch" FROM "data_version"`;
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    try {
      for (const key of await redis.keys(`parley:response:*:${row!.epoch}:*`)) await redis.del(key);
    } finally {
      await redis.close();
    }
    expect((await post(secondUrl, query)).cache).toBe("hit");

    await writeElsewhere(first.target, `UPDATE "actor" SET "name" = 'Renamed for both' WHERE "slug" = 'john-kerry'`, first.db);
    const onSecond = await post(secondUrl, query);
    expect([onSecond.cache, onSecond.json.data]).toEqual(["miss", { actor: { name: "Renamed for both" } }]);
    const onFirst = await post(first.url, query);
    expect([onFirst.cache, onFirst.json.data]).toEqual(["hit", { actor: { name: "Renamed for both" } }]);
  });

  it("writes every entry with its TTL, so that Redis drops what is no longer read", async () => {
    await post(first.url, dayTimeline);
    const [row] = await first.db.prisma.$queryRaw<{ epoch: string }[]>`SELECT "epoch"::text AS "epoch" FROM "data_version"`;
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    try {
      const keys = await redis.keys(`parley:response:*:${row!.epoch}:*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const ttl = await redis.pTTL(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);
      }
    } finally {
      await redis.close();
    }
  });
});

// Two API processes, as `npm start` runs them, on one PostgreSQL database (PGlite serves one process only).
(redisAnswers && onPostgres ? describe : describe.skip)("two API processes with REDIS_URL", () => {
  it("share entries and both see a write made by a third connection at once", async () => {
    const testDatabase = await createTestDatabase();
    const dataDir = await mkdtemp(path.join(tmpdir(), "parley-redis-"));
    const env = { ...databaseEnv(testDatabase.target, dataDir), REDIS_URL: redisUrl, RESPONSE_CACHE_TTL_SECONDS: "60" };
    const one = await startApiProcess(env);
    const two = await startApiProcess(env);
    try {
      expect(one.output()).toContain('"store":"redis"');
      const miss = await post(one.url, dayTimeline);
      const hit = await post(two.url, dayTimeline);
      expect([miss.cache, hit.cache]).toEqual(["miss", "hit"]);
      expect(hit.text).toBe(miss.text);

      await writeElsewhere(
        testDatabase.target,
        `UPDATE "event" SET "title" = 'Retitled by a third' WHERE "slug" = '${eventTitle(miss).slug}'`,
      );
      const onTwo = await post(two.url, dayTimeline);
      const onOne = await post(one.url, dayTimeline);
      expect([onTwo.cache, onOne.cache]).toEqual(["miss", "hit"]);
      expect(eventTitle(onOne).title).toBe("Retitled by a third");
    } finally {
      expect(await two.stop()).toBe(0);
      expect(await one.stop()).toBe(0);
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
    // Two processes start one after the other (the first seeds): slow on a busy machine.
  }, 180_000);
});

describe("the response cache with its Redis server unreachable", () => {
  let api: TestServer;
  beforeAll(async () => {
    // Nothing listens on port 1: every command fails at once, and the client keeps trying in the background.
    // The query below reads no table: migrations (for the data version) are all it needs.
    api = await startTestServer({ seed: false, server: { responseCache: { ...responseCache, redisUrl: "redis://127.0.0.1:1" } } });
  });
  afterAll(() => api.stop());

  it("answers from the database and its own copies, without waiting for Redis", async () => {
    const errors = jest.spyOn(logger, "error");
    try {
      const first = await post(api.url, { query: "{ __typename }" });
      const second = await post(api.url, { query: "{ __typename }" });
      expect(second.json.data).toEqual({ __typename: "Query" });
      expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
      // The store said at once that Redis has nothing: no get or set ran into its time limit.
      expect(errors.mock.calls.map(([message]) => message)).not.toContain("Response cache: the store failed");
    } finally {
      errors.mockRestore();
    }
  });
});
