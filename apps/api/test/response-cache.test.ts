import { createToken, seed } from "@parley/db";
import { readEnv } from "../src/env";
import { dayTimeline, get, post, resetDatabase, versionCounter, writeElsewhere } from "./support/response-cache";
import { startTestServer, type TestServer } from "./support/test-server";

// The response cache in process, over real HTTP on the running API: what it serves,
// and that no write, from wherever, is ever answered by what was cached before it.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ server: { responseCache: { ttlSeconds: 60, maxBytes: 8 * 2 ** 20 } } });
});
afterAll(() => api.stop());

const write = (sql: string) => writeElsewhere(api.target, sql, api.db);
const actorNamed = (slug: string) => ({ query: "query Actor($slug: String!) { actor(slug: $slug) { name } }", variables: { slug } });

type Timeline = { timeline: { edges: { node: { slug: string; title: string } }[] } };

describe("the response cache", () => {
  it("answers a second identical read from the cache, byte for byte as Apollo did", async () => {
    const first = await post(api.url, dayTimeline);
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    expect(first.cache).toBe("miss");
    const second = await post(api.url, dayTimeline);
    expect(second.cache).toBe("hit");
    expect(second.text).toBe(first.text);
    expect(second.contentType).toBe(first.contentType);
  });

  it("answers a hit before anything executes: the data version is all it reads", async () => {
    const query = actorNamed("john-kerry");
    await post(api.url, query);
    api.sql.length = 0;
    const hit = await post(api.url, query);
    expect(hit.cache).toBe("hit");
    // No other statement: neither a compiled read nor a resolver ran.
    expect(api.sql).toEqual([expect.stringContaining(`FROM "data_version"`)]);
  });

  it("serves the same entry to a GET that Apollo would run, and none to one it refuses", async () => {
    await post(api.url, dayTimeline);
    const viaGet = await get(api.url, dayTimeline, { "apollo-require-preflight": "true" });
    expect(viaGet.cache).toBe("hit");
    expect(viaGet.text).toBe((await post(api.url, dayTimeline)).text);
    // Without a header that forces a preflight, Apollo refuses a GET as a possible CSRF: so does the cache.
    const refused = await get(api.url, dayTimeline);
    expect(refused.status).toBe(400);
    expect(refused.cache).toBeNull();
  });

  it("answers a hit in the content type Apollo negotiates for the request", async () => {
    const accept = { accept: "application/graphql-response+json, application/json;q=0.9" };
    const query = actorNamed("sergei-lavrov");
    const miss = await post(api.url, query, accept);
    const hit = await post(api.url, query, accept);
    expect([miss.cache, hit.cache]).toEqual(["miss", "hit"]);
    expect(hit.contentType).toBe("application/graphql-response+json; charset=utf-8");
    expect(hit.contentType).toBe(miss.contentType);
    expect((await post(api.url, query)).contentType).toBe("application/json; charset=utf-8");
  });

  it("keys on the variables and the operation name", async () => {
    const fewer = { ...dayTimeline, variables: { ...dayTimeline.variables, first: 2 } };
    expect((await post(api.url, fewer)).cache).toBe("miss");
    expect((await post(api.url, fewer)).cache).toBe("hit");
    const otherDay = await post(api.url, { ...fewer, variables: { ...fewer.variables, from: "2014-03-13T00:00:00.000Z" } });
    expect(otherDay.cache).toBe("miss");
    const unnamed = await post(api.url, { query: fewer.query, variables: fewer.variables });
    expect(unnamed.cache).toBe("miss");
  });

  it("misses after a write made through another connection, and serves the new data", async () => {
    const before = await post(api.url, dayTimeline);
    const event = (before.json.data as Timeline).timeline.edges[0]!.node;
    expect((await post(api.url, dayTimeline)).cache).toBe("hit");

    await write(`UPDATE "event" SET "title" = 'Retitled elsewhere' WHERE "slug" = '${event.slug}'`);
    const after = await post(api.url, dayTimeline);
    expect(after.cache).toBe("miss");
    expect((after.json.data as Timeline).timeline.edges[0]!.node.title).toBe("Retitled elsewhere");
    const again = await post(api.url, dayTimeline);
    expect(again.cache).toBe("hit");
    expect(again.text).toBe(after.text);
  });

  it("misses after an insert, a delete and a truncate, on any table", async () => {
    const query = actorNamed("added-elsewhere");
    expect((await post(api.url, query)).json.data).toEqual({ actor: null });
    expect((await post(api.url, query)).cache).toBe("hit");

    await write(
      `INSERT INTO "actor" ("id", "slug", "name", "kind") VALUES (gen_random_uuid(), 'added-elsewhere', 'Added elsewhere', 'PERSON')`,
    );
    const inserted = await post(api.url, query);
    expect([inserted.cache, inserted.json.data]).toEqual(["miss", { actor: { name: "Added elsewhere" } }]);

    await write(`DELETE FROM "actor" WHERE "slug" = 'added-elsewhere'`);
    const deleted = await post(api.url, query);
    expect([deleted.cache, deleted.json.data]).toEqual(["miss", { actor: null }]);

    // A statement that changes no row still counts: the cache cannot know it changed nothing.
    await write(`TRUNCATE "statement_relation"`);
    expect((await post(api.url, query)).cache).toBe("miss");
  });

  it("moves to a new version once per writing transaction, and keeps it when a savepoint is rolled back", async () => {
    const query = actorNamed("added-in-a-transaction");
    await post(api.url, query);
    expect((await post(api.url, query)).cache).toBe("hit");
    const before = await versionCounter(api.db);
    await api.db.prisma.$transaction(async (tx) => {
      // A bump undone with its savepoint: the write after it must bump again, or its commit would go unseen.
      await tx.$executeRawUnsafe(`SAVEPOINT undone`);
      await tx.$executeRawUnsafe(`INSERT INTO "topic" ("id", "slug", "name") VALUES (gen_random_uuid(), 'never-kept', 'Never kept')`);
      await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT undone`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "actor" ("id", "slug", "name", "kind") VALUES (gen_random_uuid(), 'added-in-a-transaction', 'Added in a transaction', 'PERSON')`,
      );
      await tx.$executeRawUnsafe(`UPDATE "actor" SET "description" = 'Twice written' WHERE "slug" = 'added-in-a-transaction'`);
    });
    expect(await versionCounter(api.db)).toBe(before + 1);
    const after = await post(api.url, query);
    expect([after.cache, after.json.data]).toEqual(["miss", { actor: { name: "Added in a transaction" } }]);
  });

  it("misses after the seed runs again", async () => {
    await post(api.url, dayTimeline);
    expect((await post(api.url, dayTimeline)).cache).toBe("hit");
    await seed(api.db.prisma);
    // The seed writes the event the test above retitled back to its source's title.
    const after = await post(api.url, dayTimeline);
    expect(after.cache).toBe("miss");
    expect(after.text).not.toContain("Retitled elsewhere");
    expect((await post(api.url, dayTimeline)).cache).toBe("hit");
  });

  it("misses after db:reset, even where the version's counter comes back to a value it had", async () => {
    const query = actorNamed("added-by-hand");
    await resetDatabase(api.target, api.db);
    const counterAfterReset = await versionCounter(api.db);
    await write(`INSERT INTO "actor" ("id", "slug", "name", "kind") VALUES (gen_random_uuid(), 'added-by-hand', 'The first', 'PERSON')`);
    const counterWithFirst = await versionCounter(api.db);
    expect((await post(api.url, query)).json.data).toEqual({ actor: { name: "The first" } });
    expect((await post(api.url, query)).cache).toBe("hit");

    // The reset drops that actor and starts the counter over: the same steps bring it to the same number.
    await resetDatabase(api.target, api.db);
    expect(await versionCounter(api.db)).toBe(counterAfterReset);
    const afterReset = await post(api.url, query);
    expect([afterReset.cache, afterReset.json.data]).toEqual(["miss", { actor: null }]);

    await write(`INSERT INTO "actor" ("id", "slug", "name", "kind") VALUES (gen_random_uuid(), 'added-by-hand', 'The second', 'PERSON')`);
    expect(await versionCounter(api.db)).toBe(counterWithFirst);
    // Only the epoch the reset drew tells this state from the one cached above.
    const second = await post(api.url, query);
    expect([second.cache, second.json.data]).toEqual(["miss", { actor: { name: "The second" } }]);
  }, 180_000);

  it("never caches a response with errors", async () => {
    const invalid = { query: "{ nothingHere }" };
    for (const response of [await post(api.url, invalid), await post(api.url, invalid)]) {
      // GraphQL over HTTP: a validation error answers 200 to a client that accepts application/json.
      expect(response.status).toBe(200);
      expect(response.json.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(response.cache).toBe("bypass");
    }
    const failing = { query: "query ($first: Int) { actors(first: $first) { totalCount } }", variables: { first: 101 } };
    for (const response of [await post(api.url, failing), await post(api.url, failing)]) {
      expect(response.status).toBe(200);
      expect(response.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.cache).toBe("bypass");
    }
  });

  it("never caches a mutation; a write through the API is seen by the next read; a request with a token bypasses the cache", async () => {
    const token = await createToken(api.db.prisma, { name: "cache-test", scope: "WRITE" });
    const bearer = { authorization: `Bearer ${token}` };
    const read = actorNamed("john-kerry");
    await post(api.url, read);
    expect((await post(api.url, read)).cache).toBe("hit");
    const { version } = await api.db.prisma.actor.findUniqueOrThrow({ where: { slug: "john-kerry" } });
    const rename = {
      query: `mutation ($v: Int!) { updateActor(input: { slug: "john-kerry", version: $v, name: "John F. Kerry" }) { actor { name } } }`,
      variables: { v: version },
    };
    const written = await post(api.url, rename, bearer);
    expect(written.json).toEqual({ data: { updateActor: { actor: { name: "John F. Kerry" } } } });
    expect(written.cache).toBe("bypass");
    const after = await post(api.url, read);
    expect([after.cache, after.json]).toEqual(["miss", { data: { actor: { name: "John F. Kerry" } } }]);
    // The same read with credentials is run, never answered from the cache nor stored in it.
    expect([(await post(api.url, read, bearer)).cache, (await post(api.url, read, bearer)).cache]).toEqual(["bypass", "bypass"]);
    // A mutation without a token is refused, and never cached either.
    expect([(await post(api.url, rename)).cache, (await post(api.url, rename)).cache]).toEqual(["bypass", "bypass"]);
  });

  it("never caches introspection", async () => {
    for (const query of [
      "{ __schema { queryType { name } } }",
      `query { ...Types } fragment Types on Query { __type(name: "Actor") { name } }`,
      `{ ... on Query { __schema { types { name } } } }`,
    ]) {
      const first = await post(api.url, { query });
      const second = await post(api.url, { query });
      expect(first.json.errors).toBeUndefined();
      expect([first.cache, second.cache]).toEqual(["bypass", "bypass"]);
    }
    // __typename alone is no introspection: it is cached like any field.
    await post(api.url, { query: "{ __typename }" });
    expect((await post(api.url, { query: "{ __typename }" })).cache).toBe("hit");
  });

  it("puts every data table behind the trigger that bumps the version, and none of the private ones (sessions, drafts)", async () => {
    const tables = await api.db.prisma.$queryRaw<{ table: string; triggers: string[] }[]>`
      SELECT c.relname AS "table",
             array(SELECT t.tgname::text FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgtype = 60 ORDER BY 1) AS "triggers"
      FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        AND c.relname NOT IN ('data_version', '_prisma_migrations')
      ORDER BY 1`;
    expect(tables.length).toBeGreaterThanOrEqual(14);
    // 60: AFTER, FOR EACH STATEMENT, on INSERT (4), DELETE (8), UPDATE (16) and TRUNCATE (32).
    // Sessions and drafts are read only with an Authorization header, which the cache never answers: a sign-in or
    // a draft's edit must not empty the cache of every public read.
    const untracked = tables.filter((table) => !table.triggers.includes("data_version_bump")).map((table) => table.table);
    expect(untracked).toEqual(["draft", "web_session"]);
  });
});

describe("the response cache's configuration", () => {
  it("is on by default, in process, for 300 s, within 64 MiB", () => {
    expect(readEnv({})).toMatchObject({ RESPONSE_CACHE: true, RESPONSE_CACHE_TTL_SECONDS: 300, RESPONSE_CACHE_MAX_MB: 64 });
    expect(readEnv({}).REDIS_URL).toBeUndefined();
  });

  it("is turned off by RESPONSE_CACHE=false and shared by REDIS_URL", () => {
    expect(readEnv({ RESPONSE_CACHE: "false" }).RESPONSE_CACHE).toBe(false);
    expect(readEnv({ REDIS_URL: "redis://cache:6379/0" }).REDIS_URL).toBe("redis://cache:6379/0");
  });

  it.each([
    { RESPONSE_CACHE: "off" },
    { RESPONSE_CACHE_TTL_SECONDS: "0" },
    { RESPONSE_CACHE_MAX_MB: "-1" },
    { REDIS_URL: "http://cache:6379" },
  ])("refuses %j", (bad) => {
    expect(() => readEnv(bad)).toThrow(/Invalid environment/);
  });
});
