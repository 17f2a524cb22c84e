import { startTestServer, type TestServer } from "./support/test-server";

let api: TestServer;
beforeAll(async () => {
  // Nothing here reads data: an empty, migrated database.
  api = await startTestServer({ seed: false });
});
afterAll(() => api.stop());

describe("the API over HTTP", () => {
  it("answers /health with 200 once the database is reachable and migrated", async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers /health with 503 while the database is not migrated", async () => {
    const unmigrated = await startTestServer({ migrate: false });
    try {
      const response = await fetch(`${unmigrated.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "unavailable" });
    } finally {
      await unmigrated.stop();
    }
  });

  it("lets the web app's origin call it from a browser, and no other", async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    const allowed = await preflight("http://localhost:3000");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const refused = await preflight("http://evil.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("tags every response with a request id, for the logs", async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers unknown paths with a JSON 404", async () => {
    const response = await fetch(`${api.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Not found" });
  });
});
