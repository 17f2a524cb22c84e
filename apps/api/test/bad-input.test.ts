import { dayOfTalks, thursdayInGeneva } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api.stop());

const actorsPage = `query ($first: Int, $last: Int, $after: String) {
  actors(first: $first, last: $last, after: $after) { edges { node { slug } } }
}`;

/** Every error answer: a code, a message for people, and never a stack trace. */
function expectCleanError(errors: { message: string; extensions?: Record<string, unknown> }[] | undefined, code: string) {
  expect(errors).toHaveLength(1);
  expect(errors?.[0]?.extensions?.code).toBe(code);
  expect(errors?.[0]?.message).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  expect(JSON.stringify(errors)).not.toContain("stacktrace");
}

describe("bad input gets a clear error and loses nothing", () => {
  it.each([
    [{ first: 101 }, "first must not be greater than 100"],
    [{ first: -1 }, "first must not be less than 0"],
    [{ last: 101 }, "last must not be greater than 100"],
  ])("rejects a page size out of bounds: %j", async (variables, reason) => {
    const { status, data, errors } = await api.graphql(actorsPage, variables);
    expect(status).toBe(200);
    expect(data).toBeNull();
    expectCleanError(errors, "BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain(reason);
  });

  it("accepts the largest page", async () => {
    const { errors } = await api.graphql(actorsPage, { first: 100 });
    expect(errors).toBeUndefined();
  });

  it("rejects first and last together", async () => {
    const { errors } = await api.graphql(actorsPage, { first: 2, last: 2 });
    expectCleanError(errors, "BAD_USER_INPUT");
  });

  it.each(["not-a-cursor", Buffer.from('["x"]').toString("base64url"), Buffer.from("[1,2]").toString("base64url")])(
    "rejects a cursor that is not one of the list's: %s",
    async (after) => {
      const { errors } = await api.graphql(actorsPage, { first: 2, after });
      expectCleanError(errors, "BAD_USER_INPUT");
    },
  );

  it("rejects a node id that is not one", async () => {
    const { errors } = await api.graphql(`{ node(id: "bm9wZQ==") { id } }`);
    expectCleanError(errors, "BAD_USER_INPUT");
  });

  it("rejects a malformed date", async () => {
    const { status, errors } = await api.graphql(
      `query ($from: DateTime!) { timeline(from: $from, to: "2014-03-15T00:00:00Z") { totalCount } }`,
      { from: "14 March" },
    );
    expect(status).toBe(400);
    expectCleanError(errors, "BAD_USER_INPUT");
  });

  it("rejects a search longer than 200 characters", async () => {
    const { errors } = await api.graphql(`query ($search: String) { statements(search: $search) { totalCount } }`, {
      search: "x".repeat(201),
    });
    expectCleanError(errors, "BAD_USER_INPUT");
  });

  it("names an unknown field as a validation failure", async () => {
    const { status, errors } = await api.graphql(`{ timeline { nonsense } }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers a body that is not JSON with a JSON error, not a page or a trace", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(body)).not.toMatch(/node_modules|at \w+ \(/);
  });

  it("returns null, not an error, for a slug that names nothing", async () => {
    const { data, errors } = await api.graphql(`{ event(slug: "no-such-event") { slug } actor(slug: "nobody") { slug } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ event: null, actor: null });
  });

  it("masks an unexpected failure as INTERNAL_SERVER_ERROR, logs it under the response's request id, and keeps serving", async () => {
    const topic = api.records.topics.genevaTalks;
    const logged = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    await api.db.prisma.$executeRawUnsafe(`ALTER TABLE "topic" RENAME TO "topic_away"`);
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ topic(slug: "${topic.slug}") { name } }` }),
      });
      const { errors } = (await response.json()) as { errors: { message: string; extensions?: Record<string, unknown> }[] };
      expectCleanError(errors, "INTERNAL_SERVER_ERROR");
      expect(errors[0]?.message).toBe("Internal server error");
      const log = logged.mock.calls.map(([line]) => String(line)).join("");
      expect(log).toContain(`"requestId":"${response.headers.get("x-request-id")}"`);
      expect(log).toContain("topic");
    } finally {
      logged.mockRestore();
      await api.db.prisma.$executeRawUnsafe(`ALTER TABLE "topic_away" RENAME TO "topic"`);
    }
    const { data } = await api.graphql(`{ topic(slug: "${topic.slug}") { name } }`);
    expect(data).toEqual({ topic: { name: topic.name } });
  });
});

// Every paged list, its connection aliased `list`; the nested ones under a parent that has items in them.
const paging = "first: $first, after: $after, before: $before";
const { marek } = dayOfTalks.actors;
const { marekPressConference } = dayOfTalks.events;
const lists = {
  timeline: `list: timeline(from: "${thursdayInGeneva.from}", to: "${thursdayInGeneva.to}", ${paging}) { edges { cursor } }`,
  actors: `list: actors(${paging}) { edges { cursor } }`,
  statements: `list: statements(${paging}) { edges { cursor } }`,
  "Actor.statements": `parent: actor(slug: "${marek.slug}") { list: statements(${paging}) { edges { cursor } } }`,
  "Actor.events": `parent: actor(slug: "${marek.slug}") { list: events(${paging}) { edges { cursor } } }`,
  "Event.statements": `parent: event(slug: "${marekPressConference.slug}") { list: statements(${paging}) { edges { cursor } } }`,
};

interface Connection {
  edges: { cursor: string }[];
}

/** Asks for a page of `list`: its edges, and the errors the API answers with. */
async function page(list: keyof typeof lists, variables: { first?: number; after?: string; before?: string }) {
  const { data, errors } = await api.graphql<{ list?: Connection; parent?: { list: Connection } | null }>(
    `query ($first: Int, $after: String, $before: String) { ${lists[list]} }`,
    variables,
  );
  return { edges: (data?.list ?? data?.parent?.list)?.edges ?? [], errors };
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

/** Cursors shaped wrong in every way we can name, made from one of the list's own. */
function wrongCursors(good: string): Record<string, string> {
  const values = JSON.parse(Buffer.from(good, "base64url").toString("utf8")) as unknown[];
  const otherType = (value: unknown) => (typeof value === "number" ? String(value) : 1);
  return {
    garbage: "not-a-cursor",
    "base64url of what is not JSON": Buffer.from("[1,", "utf8").toString("base64url"),
    "JSON that is not a list": encode({ values }),
    "an empty list": encode([]),
    "one value too few": encode(values.slice(0, -1)),
    "one value too many": encode([...values, values.at(-1)]),
    ...Object.fromEntries(
      values.map((value, index) => [`value ${index + 1} of the wrong type`, encode(values.map((each, at) => (at === index ? otherType(value) : each)))]),
    ),
  };
}

describe("a cursor of the wrong shape is BAD_USER_INPUT on every list", () => {
  it.each(
    (Object.keys(lists) as (keyof typeof lists)[]).flatMap((list) => [
      { list, direction: "after" as const },
      { list, direction: "before" as const },
    ]),
  )("$list($direction:)", async ({ list, direction }) => {
    const [edge] = (await page(list, { first: 1 })).edges;
    expect((await page(list, { [direction]: edge!.cursor })).errors).toBeUndefined();
    const answers: Record<string, unknown> = {};
    for (const [shape, cursor] of Object.entries(wrongCursors(edge!.cursor))) {
      const { errors } = await page(list, { [direction]: cursor });
      answers[shape] = errors?.map((error) => error.extensions?.code);
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((shape) => [shape, ["BAD_USER_INPUT"]])));
  });
});
