import type { AddressInfo } from "node:net";
import { createServer, type Server } from "../src/server";
import { startTestServer, type TestServer } from "./support/test-server";

/** The test server runs as the API runs by default: NODE_ENV=production. */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

/** Misspellings graphql-js answers with "Did you mean …?", in each of its forms. */
const misspelt: [string, { query: string; variables?: Record<string, unknown> }][] = [
  ["a field", { query: `{ topic(slug: "london-talks") { nme } }` }],
  ["an argument", { query: `{ actors(firts: 1) { totalCount } }` }],
  ["an enum value", { query: `{ actors(kinds: [PERSN]) { totalCount } }` }],
  [
    "an enum value in a variable",
    { query: `query ($kinds: [ActorKind!]) { actors(kinds: $kinds) { totalCount } }`, variables: { kinds: ["PERSN"] } },
  ],
  ["a type", { query: `query ($first: Intt) { actors(first: $first) { totalCount } }` }],
  ["a field of an interface", { query: `{ node(id: "x") { slug } }` }],
];

async function post(url: string, body: unknown): Promise<{ status: number; errors?: { message: string }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { errors?: { message: string }[] }) };
}

describe("field suggestions", () => {
  it.each(misspelt)("are not given in production, for %s", async (_what, request) => {
    const { errors } = await post(api.url, request);
    expect(errors?.length).toBeGreaterThan(0);
    for (const error of errors ?? []) expect(error.message).not.toMatch(/Did you mean|Suggestion/);
  });

  describe("in development", () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = await createServer({ db: api.db, webOrigins: [], nodeEnv: "development" });
      await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    });
    afterAll(() => server.stop());

    it.each(misspelt)("are given, for %s", async (_what, request) => {
      const { errors } = await post(url, request);
      expect(errors?.map((error) => error.message).join("\n")).toMatch(/Did you mean/);
    });
  });
});

describe("CSRF prevention", () => {
  const query = encodeURIComponent("{ __typename }");

  it.each([
    ["a GET", { method: "GET" }],
    ["a form POST", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7B__typename%7D" }],
    ["a text/plain POST", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) }],
    ["a multipart POST", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" }],
  ])("refuses %s a browser would send cross-site without a preflight", async (_what, init: RequestInit) => {
    const response = await fetch(`${api.url}/graphql?query=${query}`, init);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it("answers a GET that carries a header forcing a preflight, and a JSON POST", async () => {
    const get = await fetch(`${api.url}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    expect(await post(api.url, { query: "{ __typename }" })).toEqual({ status: 200, data: { __typename: "Query" } });
  });
});

describe("introspection", () => {
  it("stays on in production: the schema is public", async () => {
    const { status, data } = await api.graphql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(
      `{ __schema { queryType { name } types { name } } }`,
    );
    expect(status).toBe(200);
    expect(data?.__schema.queryType.name).toBe("Query");
    expect(data?.__schema.types.map((type) => type.name)).toContain("Statement");
  });
});
