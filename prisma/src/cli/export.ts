import { writeFile } from "node:fs/promises";
import { exportDataset, formatDataset } from "../dataset";
import { fileArgument } from "./file-argument";
import { withDatabase } from "./with-database";

// `npm run export -- FILE`: writes the whole database as one dataset file, which `npm run import` takes back.
withDatabase(async (db) => {
  const file = fileArgument("npm run export -- FILE");
  const dataset = await exportDataset(db.prisma);
  await writeFile(file, formatDataset(dataset));
  const count = (records: unknown[] | undefined) => records?.length ?? 0;
  console.log(
    `Exported ${count(dataset.sources)} sources, ${count(dataset.actors)} actors, ${count(dataset.events)} events, ${count(dataset.statements)} statements (${db.engine}) to ${file}`,
  );
});
