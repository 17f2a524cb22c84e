import { listMigrationNames } from "@parley/db";
import type { Database } from "@parley/db";

export type Health = { ok: true } | { ok: false; reason: string };

// The committed migrations do not change while the process runs.
let committedMigrations: Promise<string[]> | undefined;

/** Healthy once the database answers and every committed migration has been applied. */
export async function checkHealth(db: Database): Promise<Health> {
  committedMigrations ??= listMigrationNames();
  try {
    const [expected, applied] = await Promise.all([
      committedMigrations,
      db.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    ]);
    const appliedNames = new Set(applied.map((row) => row.migration_name));
    const pending = expected.filter((name) => !appliedNames.has(name));
    return pending.length === 0 ? { ok: true } : { ok: false, reason: `pending migrations: ${pending.join(", ")}` };
  } catch {
    return { ok: false, reason: "database unreachable or never migrated" };
  }
}
