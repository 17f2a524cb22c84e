import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, openDatabase } from "../../src/database";
import { createTestDatabase, type TestDatabase } from "../../src/testing";

/**
 * The database a test file's commands run on, each command its own process:
 * a new PostgreSQL database with TEST_DATABASE_URL, else a PGlite data folder.
 * Call it at the top of a test file: it registers its own set-up and clean-up.
 */
export function commandDatabase(prefix: string) {
  let dataDir: string;
  let testDatabase: TestDatabase;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), prefix));
    testDatabase = await createTestDatabase();
    const target =
      "url" in testDatabase.target ? { DATABASE_URL: testDatabase.target.url } : { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir };
    env = { ...process.env, ...target };
  });
  afterAll(async () => {
    await testDatabase.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  return {
    /** The environment a command runs with, to reach the database. */
    env: () => env,
    /** Where the test may write a file of its own: beside the database's folder, under the system's temporary folder. */
    scratchFile: (name: string) => path.join(dataDir, "..", `${path.basename(dataDir)}-${name}`),
    /** Opens the database between commands (PGlite allows one process at a time). */
    async inDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
      const db = await openDatabase("url" in testDatabase.target ? testDatabase.target : { dataDir });
      try {
        return await work(db);
      } finally {
        await db.close();
      }
    },
  };
}
