import { readFile } from "node:fs/promises";
import { publishedSchemaPath } from "../src/cli/schema-path";
import { startTestServer, type TestServer } from "./support/test-server";

/** What a browser sends when a person opens an address. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
});
afterAll(() => api.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

/** The addresses an HTML page loads (scripts, styles, icons) and links to. */
function addressesIn(html: string): { loads: string[]; links: string[] } {
  const attribute = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  return {
    loads: [...attribute(/<script[^>]*\ssrc="([^"]+)"/g), ...attribute(/<link[^>]*\shref="([^"]+)"/g)],
    links: attribute(/<a[^>]*\shref="([^"]+)"/g),
  };
}

/** Every file a bundle file loads in turn: the chunks a script imports, the fonts and images a style sheet names. */
function referencesIn(address: string, source: string): string[] {
  if (address.endsWith(".css")) return [...source.matchAll(/url\((?!["']?data:)["']?([^"')]+)["']?\)/g)].map((match) => match[1]!);
  return [...source.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[\w./-]+\.js)"/g)].map((match) => match[1]!);
}

describe("a person opening the API's address in a browser", () => {
  it("gets GraphiQL at /graphql, under a strict policy, loading only files of the API's own, each of which answers", async () => {
    const response = await get("/graphql", { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*(unsafe-inline|https?:)/);
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);

    const { loads } = addressesIn(html);
    const files = loads.filter((address) => address !== "data:,");
    expect(files.length).toBeGreaterThanOrEqual(2);
    // Follows the bundle's own references too: its chunks, the editor's workers, its fonts.
    const seen = new Set<string>();
    const pending = [...files, "/ide/editor.worker.js", "/ide/json.worker.js", "/ide/graphql.worker.js"];
    while (pending.length > 0) {
      const address = pending.pop()!;
      if (seen.has(address)) continue;
      seen.add(address);
      expect(address).toMatch(/^\/(?!\/)/);
      const file = await get(address);
      expect({ address, status: file.status }).toEqual({ address, status: 200 });
      if (/\.(js|css)$/.test(address)) {
        for (const reference of referencesIn(address, await file.text())) pending.push(new URL(reference, `http://api${address}`).pathname);
      } else {
        await file.arrayBuffer();
      }
    }
    expect([...seen].some((address) => address.endsWith(".ttf"))).toBe(true);
  });

  it("still refuses a GET with a query and no preflight header (CSRF), whatever it accepts", async () => {
    const response = await get(`/graphql?query=${encodeURIComponent("{ __typename }")}`, { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Cross-Site Request Forgery");
  });

  it("answers a program's GET without a query as GraphQL does, not with the IDE", async () => {
    const response = await get("/graphql", { accept: "application/json" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("gets a page at / that links to the IDE, the schema and the README, each of which answers", async () => {
    const response = await get("/", { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const { loads, links } = addressesIn(await response.text());
    expect(loads).toEqual(["data:,"]);
    expect(links).toEqual(expect.arrayContaining(["/graphql", "/schema.graphql", "/README.md"]));
    for (const link of links) expect({ link, status: (await get(link, { accept: BROWSER_ACCEPT })).status }).toEqual({ link, status: 200 });
  });

  it("answers / with the same links as JSON to a program", async () => {
    const response = await get("/", { accept: "application/json" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { links: Record<string, { href: string }> };
    expect(Object.values(body.links).map((link) => link.href)).toEqual(
      expect.arrayContaining(["/graphql", "/schema.graphql", "/README.md"]),
    );
  });

  it("serves the schema it runs at /schema.graphql, as published", async () => {
    const response = await get("/schema.graphql");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(await readFile(publishedSchemaPath, "utf8"));
  });

  it("serves the README at /README.md", async () => {
    const response = await get("/README.md");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(await response.text()).toMatch(/^# Parley\n/);
  });
});
