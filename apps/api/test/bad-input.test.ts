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

/** POSTs a GraphQL request asking for the given response media type. */
async function postAccepting(accept: string, body: unknown) {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

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

  // Each is a statements or timeline cursor (instant, integer, id or slug) with one value that
  // PostgreSQL could not compare: the cursor is refused, the query never sent.
  it.each([
    ["an instant before PostgreSQL's range", ["-100000-01-01T00:00:00.000Z", 0, "00000000-0000-7000-8000-000000000000"]],
    ["an instant not as cursors write it", ["2014-03-14", 0, "00000000-0000-7000-8000-000000000000"]],
    ["an integer past 32 bits", ["2014-03-14T10:00:00.000Z", 2 ** 40, "00000000-0000-7000-8000-000000000000"]],
    ["a fraction for an integer", ["2014-03-14T10:00:00.000Z", 0.5, "00000000-0000-7000-8000-000000000000"]],
    ["a slug with a NUL character", ["2014-03-14T10:00:00.000Z", 1, "a\u0000b"]],
  ])("rejects a cursor with %s", async (_what, values) => {
    const after = Buffer.from(JSON.stringify(values)).toString("base64url");
    for (const list of ["statements", `timeline(from: "2014-01-01T00:00:00Z", to: "2015-01-01T00:00:00Z"`]) {
      const field = list.includes("(") ? `${list}, after: $after)` : `${list}(after: $after)`;
      const { errors } = await api.graphql(`query ($after: String) { ${field} { totalCount } }`, { after });
      expectCleanError(errors, "BAD_USER_INPUT");
    }
  });

  it.each([
    ["a variable", `query ($slug: String!) { actor(slug: $slug) { slug } }`, { slug: "john\u0000kerry" }],
    ["a literal", `{ actor(slug: "john\\u0000kerry") { slug } }`, undefined],
    ["a search", `query ($search: String) { statements(search: $search) { totalCount } }`, { search: "Crimea\u0000" }],
    ["a slug, as half a character (a lone surrogate)", `query ($slug: String!) { topic(slug: $slug) { slug } }`, { slug: "\udc00" }],
  ])("rejects a NUL character or a lone surrogate in %s, which no text in PostgreSQL can hold", async (_what, query, variables) => {
    api.sql.length = 0;
    const { status, data, errors } = await api.graphql(query, variables);
    expect(status).toBe(200);
    expect(data).toBeUndefined();
    expectCleanError(errors, "BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/contains (NUL \(U\+0000\)|half a character \(a lone surrogate\)) at offset \d+/);
    expect(api.sql).toEqual([]);
  });

  it("rejects a node id that is not one", async () => {
    const { errors } = await api.graphql(`{ node(id: "bm9wZQ==") { id } }`);
    expectCleanError(errors, "BAD_USER_INPUT");
  });

  it("rejects a malformed date (200 as application/json, 400 as application/graphql-response+json, as GraphQL over HTTP says)", async () => {
    const query = `query ($from: DateTime!) { timeline(from: $from, to: "2014-03-15T00:00:00Z") { totalCount } }`;
    const { status, errors } = await api.graphql(query, { from: "14 March" });
    expect(status).toBe(200);
    expectCleanError(errors, "BAD_USER_INPUT");
    const strict = await postAccepting("application/graphql-response+json", { query, variables: { from: "14 March" } });
    expect(strict.status).toBe(400);
    expectCleanError(strict.body.errors, "BAD_USER_INPUT");
  });

  it("rejects a search longer than 200 characters", async () => {
    const { errors } = await api.graphql(`query ($search: String) { statements(search: $search) { totalCount } }`, {
      search: "x".repeat(201),
    });
    expectCleanError(errors, "BAD_USER_INPUT");
  });

  it("names an unknown field as a validation failure (200 as application/json, 400 as application/graphql-response+json)", async () => {
    const { status, errors } = await api.graphql(`{ timeline { nonsense } }`);
    expect(status).toBe(200);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const strict = await postAccepting("application/graphql-response+json", { query: `{ timeline { nonsense } }` });
    expect(strict.status).toBe(400);
    expect(strict.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
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

  it("refuses a body over 100 kB with 413, in GraphQL's error shape", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(100 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
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
      values.map((value, index) => [
        `value ${index + 1} of the wrong type`,
        encode(values.map((each, at) => (at === index ? otherType(value) : each))),
      ]),
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
