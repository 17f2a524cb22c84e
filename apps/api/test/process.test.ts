import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readShippedDatasets } from "@parley/db";
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

/** Whether the API at `url` serves an event of the shipped data, as it does once seeded. */
const servesTheShippedData = async (url: string) => {
  const shipped = readShippedDatasets()[0]!.dataset.events![0]!.slug;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query ($slug: String!) { event(slug: $slug) { slug } }`, variables: { slug: shipped } }),
  });
  const body = (await response.json()) as { data: { event: { slug: string } | null } };
  return body.data.event?.slug === shipped;
};

describe("the API process", () => {
  it("migrates and seeds an empty database by itself, serves it, and stops cleanly on SIGTERM", async () => {
    const api = await startApiProcess(env);
    expect(await servesTheShippedData(api.url)).toBe(true);
    expect(api.output()).toContain('"seeded":true');
    expect(await api.stop()).toBe(0);
    expect(api.output()).toContain("Shutting down");
  });

  it("starts again on the same data without migrating or seeding twice", async () => {
    const api = await startApiProcess(env);
    expect(await servesTheShippedData(api.url)).toBe(true);
    expect(api.output()).toContain('"appliedMigrations":[],"seeded":false');
    expect(await api.stop()).toBe(0);
  });
});
