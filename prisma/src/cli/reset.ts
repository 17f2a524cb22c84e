import { applyMigrations } from "../migrations";
import { seed } from "../dataset";
import { withDatabase } from "./with-database";

// `npm run db:reset`: drops everything in the database's public schema, then migrates and seeds anew.
withDatabase(async (db) => {
  await db.prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
  await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
  await applyMigrations(db.adapterFactory);
  await seed(db.prisma);
  console.log(`Reset and seeded (${db.engine})`);
});
