import { SingleBar } from "cli-progress";
import { importDataset, readDatasetFile } from "../dataset";
import { applyMigrations } from "../migrations";
import { fileArgument } from "./file-argument";
import { withDatabase } from "./with-database";

/** Files smaller than this import in a blink: no bar. */
const barFrom = 1_000;

// `npm run import -- FILE`: checks a dataset file whole, then writes it in one transaction, or nothing.
withDatabase(async (db) => {
  const file = fileArgument("npm run import -- FILE");
  const data = await readDatasetFile(file);
  await applyMigrations(db.adapterFactory);
  const bar = new SingleBar({ format: " {bar} {percentage}% | {value}/{total} rows | {duration_formatted}", hideCursor: true });
  let shown = false;
  const showProgress = (written: number, total: number) => {
    if (total < barFrom) return;
    if (!shown) bar.start(total, 0);
    shown = true;
    bar.update(written);
  };
  try {
    const report = await importDataset(db.prisma, data, showProgress);
    if (shown) bar.stop();
    console.log(
      `Imported ${file} (${db.engine}): ${report.sources} sources, ${report.actors} actors, ${report.events} events, ${report.statements} statements`,
    );
  } catch (error) {
    if (shown) bar.stop();
    throw error;
  }
});
