import { type DatabaseTarget, importDataset, openDatabase, prepareDatabase } from "@parley/db";
import type { DatasetFile } from "@parley/schema";

/**
 * Brings a test database to the migrations with the shipped dataset, as the API would, and adds a
 * test's own scenario, before the API opens it (PGlite is one process's at a time).
 */
export async function plantDataset(target: DatabaseTarget, dataset: DatasetFile): Promise<void> {
  const db = await openDatabase(target);
  try {
    await prepareDatabase(db, { seedIfEmpty: true });
    await importDataset(db.prisma, dataset);
  } finally {
    await db.close();
  }
}
