import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApiDatabase } from "../src/db/open";
import { readEnv } from "../src/env";
import { createTestDatabase, databaseEnv, type TestDatabase } from "../src/testing";

let dataDir: string;
let testDatabase: TestDatabase;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "parley-open-"));
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  await testDatabase.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the API's database", () => {
  it("is the one its environment names, with DATABASE_STATEMENT_TIMEOUT_MS on every statement the API sends", async () => {
    const env = readEnv({ ...databaseEnv(testDatabase.target, dataDir), DATABASE_STATEMENT_TIMEOUT_MS: "1234" });
    const db = await openApiDatabase(env);
    try {
      expect(db.engine).toBe("url" in testDatabase.target ? "postgresql" : "pglite");
      expect(await db.prisma.$queryRaw`SHOW statement_timeout`).toEqual([{ statement_timeout: "1234ms" }]);
    } finally {
      await db.close();
    }
  });
});
