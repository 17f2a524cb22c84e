import { type Database, openDatabase } from "../database";
import { databaseTargetFromEnv } from "../target";

/**
 * Runs a command-line task against the database DATABASE_URL or
 * PGLITE_DATA_DIR names, closes it, and sets the exit code. No statement
 * timeout: migrating, seeding and resetting take as long as they take.
 */
export function withDatabase(task: (db: Database) => Promise<void>): void {
  void (async () => {
    const db = await openDatabase(databaseTargetFromEnv());
    try {
      await task(db);
    } finally {
      await db.close();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
