import { createToken } from "@parley/db";
import fc from "fast-check";
import { startTestServer, type TestServer } from "./support/test-server";

/**
 * Throws malformed and hostile input at the running API over HTTP, and
 * insists on one thing: the API answers every request as the client's
 * problem (never a 5xx, never INTERNAL_SERVER_ERROR) and keeps serving.
 * Each property runs a bounded number of requests within a time budget, so
 * the file takes well under a minute; fast-check prints the seed and the
 * shrunk counterexample of any failure.
 */
let api: TestServer;
let token: string;
beforeAll(async () => {
  // As the API runs by default: the response cache on, and the compiled read path in front of the resolvers.
  api = await startTestServer({ server: { responseCache: { ttlSeconds: 60, maxBytes: 16 * 2 ** 20 } } });
  realCursors = await collectCursors();
  token = await createToken(api.db.prisma, { name: "fuzz", scope: "WRITE" });
});
afterAll(() => api.stop());

const RUNS = 60;
const budget = { numRuns: RUNS, plugins: [fc.interruptAfterTimeLimit(5_000)] };

/** Slugs of the seeded dataset, for queries that should find something before their arguments go bad. */
const slugs = ["john-kerry", "sergey-lavrov", "william-hague", "crimean-referendum-2014", "london-talks", "2014-03-14-kerry-lavrov-london"];
const nodeTypes = ["Actor", "Event", "Source", "Statement", "Topic", "Nope", ""];

/** One UTF-16 code unit or code point, leaning towards the awkward ones: NUL, lone surrogates, LIKE's wildcards. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 2, arbitrary: fc.constantFrom("\u0000", "\\", "%", "_", "'", '"', "\n", " ", "-", "é", "👍", "\u202e") },
);
/** Short strings, 5 kB strings, and real slugs with something slipped in. */
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit, minLength: 1, maxLength: 50 }).map((piece) => piece.repeat(Math.ceil(5_000 / piece.length))) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...slugs), fc.nat(), fc.string({ unit, maxLength: 3 })).map(([slug, at, inserted]) => {
      const index = at % (slug.length + 1);
      return slug.slice(0, index) + inserted + slug.slice(index);
    }),
  },
);

const base64url = (value: string) => Buffer.from(value, "utf8").toString("base64url");

/** Values a cursor's sort key might hold, well or badly: dates far out of range, fractions, huge integers, uuids. */
const sortKeyValue = fc.oneof(
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0.5,
      2 ** 31,
      -(2 ** 31) - 1,
      1e308,
      Number.MAX_SAFE_INTEGER,
      "-100000-01-01T00:00:00.000Z",
      "+200000-01-01T00:00:00.000Z",
      "2014-03-14",
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
let realCursors: string[] = [];
const cursor = fc.oneof(
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.array(sortKeyValue, { maxLength: 4 }).map((values) => base64url(JSON.stringify(values))) },
  // A real cursor with one of its values replaced: past the shape checks, into the sort keys' own.
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(), fc.nat(), sortKeyValue).map(([which, at, value]) => {
      const values = JSON.parse(Buffer.from(realCursors[which % realCursors.length]!, "base64url").toString("utf8")) as unknown[];
      values[at % values.length] = value;
      return base64url(JSON.stringify(values));
    }),
  },
);
const pageSize = fc.oneof(fc.integer({ min: -3, max: 103 }), fc.constant(null), fc.integer(), fc.double());

/** Every list that takes a cursor, with Event.statements and Actor.statements among them. */
const pagedLists = [
  (page: string) => `actors(${page}) { totalCount edges { cursor node { slug } } }`,
  (page: string) => `statements(${page}) { totalCount edges { cursor node { slug } } }`,
  (page: string) =>
    `timeline(from: "2014-01-01T00:00:00Z", to: "2015-01-01T00:00:00Z", ${page}) { totalCount edges { cursor node { slug } } }`,
  (page: string) =>
    `actor(slug: "john-kerry") { statements(${page}) { totalCount edges { cursor } } events(${page}) { totalCount edges { cursor } } }`,
  (page: string) => `event(slug: "${eventWithStatements}") { statements(${page}) { totalCount edges { cursor node { slug } } } }`,
];
/** The seeded event the statements of the day were made at. */
let eventWithStatements = "crimean-referendum-2014";

/** One cursor from every page of every list above, for tampering with. */
async function collectCursors(): Promise<string[]> {
  const { data } = await api.graphql<{ timeline: { edges: { node: { slug: string; statements: { totalCount: number } } }[] } }>(
    `{ timeline(from: "2014-01-01T00:00:00Z", to: "2015-01-01T00:00:00Z", first: 100) { edges { node { slug statements { totalCount } } } } }`,
  );
  const events = data?.timeline.edges.map((edge) => edge.node) ?? [];
  eventWithStatements = events.reduce((most, event) => (event.statements.totalCount > most.statements.totalCount ? event : most)).slug;
  const cursors: string[] = [];
  for (const list of pagedLists) {
    const { data: page } = await api.graphql(`{ ${list("first: 3")} }`);
    cursors.push(...(JSON.stringify(page).match(/"cursor":"([^"]+)"/g) ?? []).map((match) => match.slice(10, -1)));
  }
  if (cursors.length === 0) throw new Error("no cursors to tamper with");
  return cursors;
}

interface Answer {
  status: number;
  body: unknown;
}

async function send(body: string, headers: Record<string, string> = { "content-type": "application/json" }): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, { method: "POST", headers, body });
  const raw = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = raw;
  }
  return { status: response.status, body: parsed };
}

const post = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) =>
  send(JSON.stringify({ query, variables, ...extra }));

/** The API's promise: the client's fault is answered as such. */
function expectHandled({ status, body }: Answer) {
  expect({ status: status < 500 ? "below 500" : status, body }).toMatchObject({ status: "below 500" });
  const codes = ((body as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((error) => error.extensions?.code);
  expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
}

describe("hostile input (fast-check, over HTTP)", () => {
  it("answers malformed cursors on every list (after and before, with first or last) as the client's error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: pagedLists.length - 1 }),
        fc.oneof(
          fc.record({ after: cursor, first: pageSize }, { requiredKeys: ["after"] }),
          fc.record({ before: cursor, last: pageSize }, { requiredKeys: ["before"] }),
          fc.record({ after: cursor, before: cursor, first: pageSize, last: pageSize }, { requiredKeys: [] }),
        ),
        async (list, variables) => {
          const query = `query ($after: String, $before: String, $first: Int, $last: Int) { ${pagedLists[list]!("after: $after, before: $before, first: $first, last: $last")} }`;
          expectHandled(await post(query, variables));
        },
      ),
      budget,
    );
  });

  it("answers any slug, filter or search string as the client's error or as nothing found", async () => {
    const lookups = `query ($s: String!) { actor(slug: $s) { slug } event(slug: $s) { slug } topic(slug: $s) { slug } source(slug: $s) { slug } statement(slug: $s) { slug } }`;
    const filters = `query ($s: String, $q: String) {
      statements(speaker: $s, event: $s, topic: $s, search: $q, first: 5) { totalCount edges { node { slug } } }
      actors(search: $q, first: 5) { totalCount }
      timeline(from: "2014-01-01T00:00:00Z", to: "2015-01-01T00:00:00Z", participant: $s, topic: $s) { totalCount }
      actor(slug: "john-kerry") { statements(search: $q, event: $s, topic: $s) { totalCount } events(topic: $s) { totalCount } }
    }`;
    await fc.assert(
      fc.asyncProperty(text, text, fc.boolean(), fc.boolean(), async (s, q, inline, asFilters) => {
        if (asFilters) {
          expectHandled(await post(filters, { s, q }));
        } else if (inline) {
          // As a literal in the document: JSON-escaped, which a GraphQL string accepts too.
          expectHandled(await post(lookups.replace("query ($s: String!) ", "").replaceAll("$s", JSON.stringify(s))));
        } else {
          expectHandled(await post(lookups, { s }));
        }
      }),
      budget,
    );
  });

  it("answers any node id as the client's error or as nothing found", async () => {
    const id = fc.oneof(
      text,
      fc.base64String({ maxLength: 80 }),
      fc
        .tuple(fc.constantFrom(...nodeTypes), fc.oneof(text, fc.uuid()))
        .map(([type, databaseId]) => Buffer.from(`${type}:${databaseId}`, "utf8").toString("base64")),
      fc.tuple(fc.constantFrom(...nodeTypes), text).map(([type, databaseId]) => base64url(`${type}:${databaseId}`)),
    );
    await fc.assert(
      fc.asyncProperty(id, fc.array(id, { maxLength: 5 }), async (one, many) => {
        expectHandled(
          await post(`query ($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }`, { id: one, ids: many }),
        );
      }),
      budget,
    );
  });

  it("answers variables of any shape as the client's error", async () => {
    const query = `query ($first: Int, $kinds: [ActorKind!], $from: DateTime!, $to: DateTime!, $id: ID!, $s: String) {
      actors(first: $first, kinds: $kinds) { totalCount }
      timeline(from: $from, to: $to) { totalCount }
      node(id: $id) { id }
      topic(slug: $s) { slug }
    }`;
    const anything = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      text,
      fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()),
    );
    const variables = fc.oneof(
      fc.record({ first: anything, kinds: anything, from: anything, to: anything, id: anything, s: anything }, { requiredKeys: [] }),
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(text, anything, { maxKeys: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(variables, fc.option(text, { nil: undefined }), async (values, operationName) => {
        expectHandled(await post(query, values, operationName === undefined ? {} : { operationName }));
      }),
      budget,
    );
  });

  it("answers malformed documents and bodies as the client's error", async () => {
    const valid = [
      `query Actor($slug: String!, $first: Int) { actor(slug: $slug) { name statements(first: $first) { edges { cursor node { slug text } } } } }`,
      `{ timeline(from: "2014-03-14T00:00:00Z", to: "2014-03-15T00:00:00Z") { edges { node { slug statements { totalCount } } } } }`,
      `fragment A on Actor { slug } { node(id: "x") { ...A ... on Event { slug } } }`,
      // An operation type the schema has no root for.
      `subscription Watch($first: Int) { topics(first: $first) { totalCount } }`,
    ];
    const tokens = [
      "{",
      "}",
      "(",
      ")",
      "[",
      "]",
      ":",
      "$x",
      "...",
      "@include(if: true)",
      "query",
      "mutation",
      "subscription",
      "fragment",
      "on",
      "Actor",
      "actor",
      "statements",
      "edges",
      "node",
      "first:",
      "100",
      '"x"',
      "#",
      "\u0000",
      "__schema",
      "__typename",
    ];
    const document = fc.oneof(
      text,
      fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join(" ")),
      fc
        .tuple(fc.constantFrom(...valid), fc.nat(), fc.nat({ max: 6 }), fc.string({ unit, maxLength: 6 }))
        .map(([source, at, cut, inserted]) => {
          const index = at % (source.length + 1);
          return source.slice(0, index) + inserted + source.slice(index + cut);
        }),
    );
    const body = fc.oneof(
      document.map((query) => JSON.stringify({ query, variables: { slug: "john-kerry", first: 2 } })),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc
        .record(
          {
            query: fc.jsonValue({ maxDepth: 2 }),
            variables: fc.jsonValue({ maxDepth: 2 }),
            operationName: fc.jsonValue({ maxDepth: 1 }),
            extensions: fc.jsonValue({ maxDepth: 2 }),
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
      text,
    );
    const contentType = fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "text/plain",
      "application/graphql",
      "application/x-www-form-urlencoded",
      "",
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.boolean(), async (payload, type, preflight) => {
        const headers: Record<string, string> = type ? { "content-type": type } : {};
        if (preflight) headers["apollo-require-preflight"] = "true";
        expectHandled(await send(payload, headers));
      }),
      budget,
    );
  });

  it("answers JSON nested to the body limit as the client's error", async () => {
    const depth = 45_000;
    const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
    expectHandled(await send(`{"query":"{ __typename }","variables":{"deep":${nested}}}`));
    expectHandled(
      await send(`{"query":"query ($kinds: [ActorKind!]) { actors(kinds: $kinds) { totalCount } }","variables":{"kinds":${nested}}}`),
    );
    expectHandled(await send(nested));
  });

  it("answers any mutation input as the client's error or as done, and a refused write leaves nothing", async () => {
    await fc.assert(
      fc.asyncProperty(mutationRequest(await seededSource()), async ({ name, input }) => {
        const before = await dataVersion();
        const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
        const answer = await send(
          JSON.stringify({ query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`, variables: { input } }),
          {
            "content-type": "application/json",
            authorization: `Bearer ${token}`,
          },
        );
        expectHandled(answer);
        if ((answer.body as { errors?: unknown[] }).errors?.length) expect(await dataVersion()).toBe(before);
      }),
      { ...budget, numRuns: 3 * RUNS },
    );
  });

  it("keeps serving after all of it", async () => {
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    const { status, data } = await api.graphql(`{ actor(slug: "john-kerry") { slug } }`);
    expect({ status, data }).toEqual({ status: 200, data: { actor: { slug: "john-kerry" } } });
  });
});

/** The data's version: a write that committed anything moved it. */
const dataVersion = async () => (await api.db.prisma.dataVersion.findFirstOrThrow()).version;

/** The seeded source, whose text direct quotes must match. */
const seededSource = () => api.db.prisma.source.findFirstOrThrow({ select: { slug: true, text: true } });

/**
 * A mutation and an input for it, mostly of the right shape, so that most
 * reach the resolvers and the services' checks (some get through and write):
 * real slugs or near misses, enum values of every kind, spans in and out of
 * the source, quotes that are or are not its text, and now and then a field of
 * the wrong type or one left out.
 */
function mutationRequest(source: { slug: string; text: string }) {
  const plain = fc.oneof({ weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) }, { weight: 1, arbitrary: text });
  const slug = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...slugs, source.slug, "new-record", "another-record") },
    { weight: 1, arbitrary: plain },
  );
  const int = fc.oneof(fc.integer({ min: -3, max: source.text.length + 3 }), fc.constantFrom(0, 1, 2, 2 ** 31 - 1, -(2 ** 31)));
  const instant = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()) },
    { weight: 1, arbitrary: plain },
  );
  const oneOf = (...values: string[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: plain });
  // A span of the source with its text, or a span with some other text.
  const quote = fc
    .tuple(fc.nat({ max: source.text.length }), fc.integer({ min: -2, max: 80 }), fc.boolean(), plain)
    .map(([start, length, faithful, other]) => {
      const excerpt = { start, end: start + length };
      return { excerpt, text: faithful ? source.text.slice(start, start + length) || "x" : other };
    });
  const field: Record<string, fc.Arbitrary<unknown>> = {
    slug,
    speaker: slug,
    event: fc.option(slug),
    source: fc.oneof(fc.constant(source.slug), slug),
    from: slug,
    to: slug,
    statement: slug,
    topic: slug,
    title: plain,
    name: plain,
    summary: fc.option(plain),
    place: fc.option(plain),
    description: fc.option(plain),
    publisher: fc.option(plain),
    url: fc.option(plain),
    text: plain,
    language: oneOf("en", "en-GB", "EN", "fr"),
    timeZone: oneOf("UTC", "Europe/London", "Europe/Geneva", "+01:00", "utc"),
    timePrecision: oneOf("DAY", "HOUR", "MINUTE"),
    status: oneOf("OCCURRED", "SCHEDULED"),
    position: oneOf("SUPPORTS", "OPPOSES"),
    version: fc.oneof(fc.integer({ min: 1, max: 3 }), int),
    orderInDay: fc.option(int),
    saidAt: instant,
    startsAt: instant,
    endsAt: fc.option(instant),
    publishedOn: fc.oneof(
      fc.integer({ min: -1e12, max: 4e12 }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
      plain,
    ),
    excerpt: fc.record({ start: int, end: int }),
    topics: fc.option(fc.array(slug, { maxLength: 3 })),
    names: fc.option(fc.array(plain, { maxLength: 3 })),
    participants: fc.option(fc.array(fc.record({ actor: slug, role: oneOf("HOST", "SPEAKER") }), { maxLength: 3 })),
  };
  const kinds = {
    source: oneOf("ARTICLE", "TRANSCRIPT"),
    actor: oneOf("PERSON", "STATE"),
    event: oneOf("MEETING", "REFERENDUM"),
    statement: oneOf("DIRECT_QUOTE", "PARAPHRASE"),
    relation: oneOf("RESPONDS_TO", "CONTRADICTS"),
  };
  const shape = (kind: fc.Arbitrary<unknown> | null, required: string[], optional: string[] = []) => {
    const model: Record<string, fc.Arbitrary<unknown>> = {
      ...(kind && { kind }),
      ...Object.fromEntries([...required, ...optional].map((key) => [key, field[key]!])),
    };
    return fc.record(model, { requiredKeys: [...(kind ? ["kind"] : []), ...required] });
  };
  const versioned = ["slug", "version"];
  const shapes: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
    createSource: shape(kinds.source, ["slug", "title", "publishedOn", "language", "text"], ["publisher", "url"]),
    updateSource: shape(null, versioned, ["title", "publisher", "url", "publishedOn", "language", "text"]),
    deleteSource: shape(null, versioned),
    createActor: shape(kinds.actor, ["slug", "name"], ["description", "names"]),
    updateActor: shape(null, versioned, ["name", "description", "names"]),
    deleteActor: shape(null, versioned),
    createTopic: shape(null, ["slug", "name"], ["description"]),
    createEvent: shape(
      kinds.event,
      ["slug", "title", "startsAt", "timePrecision", "timeZone", "status"],
      ["summary", "endsAt", "orderInDay", "place", "participants", "topics"],
    ),
    updateEvent: shape(null, versioned, ["title", "startsAt", "endsAt", "timeZone", "orderInDay", "place", "participants", "topics"]),
    deleteEvent: shape(null, versioned),
    createStatement: fc
      .tuple(shape(kinds.statement, ["slug", "speaker", "saidAt", "timePrecision", "source"], ["event", "topics"]), quote)
      .map(([input, span]) => ({ ...input, ...span })),
    updateStatement: fc
      .tuple(
        shape(null, versioned, ["speaker", "event", "saidAt", "topics"]),
        fc.option(kinds.statement, { nil: undefined }),
        fc.option(quote),
      )
      .map(([input, kind, span]) => ({ ...input, ...(kind !== undefined && { kind }), ...span })),
    deleteStatement: shape(null, versioned),
    createStatementRelation: shape(kinds.relation, ["from", "to"]),
    deleteStatementRelation: shape(kinds.relation, ["from", "to"]),
    setStance: shape(null, ["statement", "topic", "position"]),
    removeStance: shape(null, ["statement", "topic"]),
  };
  return fc.constantFrom(...Object.keys(shapes)).chain((name) => shapes[name]!.map((input) => ({ name, input })));
}
