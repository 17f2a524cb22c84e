import type { Database } from "./database";
import { applyMigrations } from "./migrations";
import { seed } from "./dataset";

export interface PrepareReport {
  appliedMigrations: string[];
  seeded: boolean;
}

/** Brings the database to the committed migrations and, when asked, seeds it if it holds no source yet. */
export async function prepareDatabase(db: Database, options: { seedIfEmpty: boolean }): Promise<PrepareReport> {
  const appliedMigrations = await applyMigrations(db.adapterFactory);
  const seeded = options.seedIfEmpty && (await db.prisma.source.count()) === 0;
  if (seeded) await seed(db.prisma);
  return { appliedMigrations, seeded };
}
