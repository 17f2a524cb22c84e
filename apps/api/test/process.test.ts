import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, databaseEnv, startApiProcess, type TestDatabase } from "../src/testing";

// The built API, as `npm start` runs it: this file needs `npm run build` first (turbo runs it before tests).
let dataDir: string;
let testDatabase: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "parley-process-"));
  testDatabase = await createTestDatabase();
  env = databaseEnv(testDatabase.target, dataDir);
});
afterAll(async () => {
  await testDatabase.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const countEvents = async (url: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ timeline(from: "2014-03-14T00:00:00Z", to: "2014-03-15T00:00:00Z") { totalCount } }` }),
  });
  const body = (await response.json()) as { data: { timeline: { totalCount: number } } };
  return body.data.timeline.totalCount;
};

describe("the API process", () => {
  it("migrates and seeds an empty database by itself, serves it, and stops cleanly on SIGTERM", async () => {
    const api = await startApiProcess(env);
    expect(await countEvents(api.url)).toBe(5);
    expect(api.output()).toContain('"seeded":true');
    expect(await api.stop()).toBe(0);
    expect(api.output()).toContain("Shutting down");
  });

  it("starts again on the same data without migrating or seeding twice", async () => {
    const api = await startApiProcess(env);
    expect(await countEvents(api.url)).toBe(5);
    expect(api.output()).toContain('"appliedMigrations":[],"seeded":false');
    expect(await api.stop()).toBe(0);
  });
});
