import { type DatabaseTarget, openDatabase, prepareDatabase } from "@parley/db";
import { type Planted, plant, type Scenario } from "./scenario";

/**
 * Brings the database at `target` to what the API makes of it at start (migrated, the shipped
 * datasets seeded), then plants `scenario` in it: for an API process started after, as the
 * end-to-end tests start one. Closed again, since PGlite lets one process at a time hold its folder.
 */
export async function plantInDatabase<S extends Scenario>(target: DatabaseTarget, scenario: S): Promise<Planted<S>> {
  const db = await openDatabase(target);
  try {
    await prepareDatabase(db, { seedIfEmpty: true });
    return await plant(db.prisma, scenario);
  } finally {
    await db.close();
  }
}
