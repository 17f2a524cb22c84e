import { applyMigrations } from "../migrations";
import { seed } from "../dataset";
import { withDatabase } from "./with-database";

// `npm run db:seed`: migrates, then writes the shipped datasets; seeding again changes nothing.
withDatabase(async (db) => {
  await applyMigrations(db.adapterFactory);
  await seed(db.prisma);
  console.log(`Seeded (${db.engine}): ${await db.prisma.statement.count()} statements, ${await db.prisma.event.count()} events`);
});
