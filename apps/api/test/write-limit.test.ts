import { createToken } from "@parley/db";
import { createServer, type Server } from "../src/server";
import { describeWithRedis, redisUrl } from "./support/redis";
import { graphqlClient, startTestServer, type TestServer } from "./support/test-server";
import { codesOf, mutate, tokensFor } from "./support/writes";

// Each token may make `points` writes in a window; the next is refused with RATE_LIMITED and a hint.
const writeLimit = { points: 3, windowSeconds: 60 };
const topic = (n: number) => ({ slug: `topic-${n}`, name: `Topic ${n}` });

describe("the write limit, in process", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ seed: false, server: { writeLimit } });
  });
  afterAll(() => api.stop());

  it("refuses a token's writes past the limit with RATE_LIMITED and when to retry, and counts each token apart", async () => {
    const { writer, admin } = await tokensFor(api);
    for (let n = 0; n < writeLimit.points; n++)
      expect(codesOf(await mutate(api, writer, "createTopic", topic(n), "topic { slug }"))).toEqual([]);

    const refused = await mutate(api, writer, "createTopic", topic(99), "topic { slug }");
    expect(refused).toMatchObject({
      data: null,
      errors: [
        { message: expect.stringMatching(/Too many writes with this token: try again in \d+ s/), extensions: { code: "RATE_LIMITED" } },
      ],
    });
    const retryAfter = refused.errors?.[0]?.extensions?.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(writeLimit.windowSeconds);
    expect(await api.db.prisma.topic.count({ where: { slug: "topic-99" } })).toBe(0);

    expect(codesOf(await mutate(api, admin, "createTopic", topic(99), "topic { slug }"))).toEqual([]);
    expect((await api.graphql(`{ topic(slug: "topic-0") { slug } }`, {}, writer)).data).toEqual({ topic: { slug: "topic-0" } });
  });

  it("does not count refused tokens: a bad token is UNAUTHENTICATED however often it tries", async () => {
    for (let n = 0; n < writeLimit.points + 2; n++)
      expect(codesOf(await mutate(api, "parley_nope", "createTopic", topic(n), "topic { slug }"))).toEqual(["UNAUTHENTICATED"]);
  });
});

describeWithRedis("the write limit on Redis, shared by two API servers", () => {
  let first: TestServer;
  let second: Server;
  let secondUrl: string;
  beforeAll(async () => {
    const shared = { ...writeLimit, redisUrl };
    first = await startTestServer({ seed: false, server: { writeLimit: shared } });
    second = await createServer({ db: first.db, webOrigins: [], writeLimit: shared });
    await new Promise<void>((resolve) => second.httpServer.listen(0, "127.0.0.1", resolve));
    const address = second.httpServer.address();
    secondUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it("counts a token's writes across servers", async () => {
    const token = await createToken(first.db.prisma, { name: "shared", scope: "WRITE" });
    const viaSecond = graphqlClient(secondUrl);
    for (let n = 0; n < writeLimit.points; n++) {
      const api = n % 2 === 0 ? first : viaSecond;
      expect(codesOf(await mutate(api, token, "createTopic", topic(n), "topic { slug }"))).toEqual([]);
    }
    expect(codesOf(await mutate(viaSecond, token, "createTopic", topic(99), "topic { slug }"))).toEqual(["RATE_LIMITED"]);
    expect(codesOf(await mutate(first, token, "createTopic", topic(98), "topic { slug }"))).toEqual(["RATE_LIMITED"]);
  });
});
