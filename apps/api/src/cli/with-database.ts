import { type Database, openDatabase } from "../db/database";
import { targetFromEnv } from "../db/target";
import { readEnv } from "../env";

/** Runs a command-line task against the environment's database, closes it, and sets the exit code. */
export function withDatabase(task: (db: Database) => Promise<void>): void {
  void (async () => {
    const db = await openDatabase(targetFromEnv(readEnv()));
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
