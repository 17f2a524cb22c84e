import { listMigrationNames } from "@parley/db";
import type { Database } from "@parley/db";
import { databaseFailure } from "./failures";

export type Health = { ok: true } | { ok: false; reason: string };

/** How long /health waits for the database before it says so, whatever the request deadline. */
export const HEALTH_CHECK_TIMEOUT_MS = 5_000;

// The committed migrations do not change while the process runs.
let committedMigrations: Promise<string[]> | undefined;

/** Healthy once the database answers and every committed migration has been applied. */
export async function checkHealth(db: Database, timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<Health> {
  committedMigrations ??= listMigrationNames();
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<Health>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    return await Promise.race([readMigrations(db), tooSlow]);
  } finally {
    clearTimeout(timer);
  }
}

async function readMigrations(db: Database): Promise<Health> {
  try {
    const [expected, applied] = await Promise.all([
      committedMigrations!,
      db.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    ]);
    const appliedNames = new Set(applied.map((row) => row.migration_name));
    const pending = expected.filter((name) => !appliedNames.has(name));
    return pending.length === 0 ? { ok: true } : { ok: false, reason: `pending migrations: ${pending.join(", ")}` };
  } catch (error) {
    const failure = databaseFailure(error);
    if (failure === "unavailable") return { ok: false, reason: "database unreachable" };
    if (failure === "timeout") return { ok: false, reason: "database did not answer in time" };
    return { ok: false, reason: "database never migrated, or unreadable" };
  }
}
