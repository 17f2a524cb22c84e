import { applyMigrations } from "../migrations";
import { withDatabase } from "./with-database";

// `npm run db:migrate`: applies the committed migrations the database lacks.
withDatabase(async (db) => {
  const applied = await applyMigrations(db.adapterFactory);
  console.log(applied.length ? `Applied ${applied.join(", ")} (${db.engine})` : `Already up to date (${db.engine})`);
});
