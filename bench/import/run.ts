import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  applyMigrations,
  checkDataset,
  type Database,
  databaseTargetFromEnv,
  exportDataset,
  formatDataset,
  importDataset,
  openDatabase,
  readDatasetFile,
} from "@parley/db";
import { syntheticDataset } from "./synthetic-dataset";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Times `work`, prints how long it took under `label`, and returns its result. */
async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label.padEnd(36)} ${seconds(start)}`);
  return result;
}

// `npm run bench:import -- --statements 100000`: writes a synthetic dataset file, then times importing it
// into an empty DATABASE_URL (PGlite in PGLITE_DATA_DIR when unset), importing it again, and exporting it.
async function measure(db: Database): Promise<void> {
  const { values } = parseArgs({ options: { statements: { type: "string", default: "100000" } } });
  const statements = Number(values.statements.replace(/_/g, ""));
  await applyMigrations(db.adapterFactory);
  if ((await db.prisma.source.count()) > 0) throw new Error("The database already holds sources: measure on an empty one");

  const folder = await mkdtemp(path.join(tmpdir(), "parley-bench-import-"));
  try {
    const file = path.join(folder, "synthetic.json");
    await timed(`write a file of ${statements.toLocaleString("en")} statements`, () =>
      writeFile(file, formatDataset(syntheticDataset(statements))),
    );
    console.log(`(${((await stat(file)).size / 1e6).toFixed(1)} MB, ${db.engine})`);
    const data = await timed("read and parse it", () => readDatasetFile(file));
    await timed("check it (schema, references, spans)", () => checkDataset(data));
    const report = await timed("import it (check and write)", () => importDataset(db.prisma, data));
    console.log(`(${report.sources} sources, ${report.actors} actors, ${report.events} events, ${report.statements} statements)`);
    await timed("import it again (changes nothing)", () => importDataset(db.prisma, data));
    await timed("export the database", () => exportDataset(db.prisma));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const db = await openDatabase(databaseTargetFromEnv());
  try {
    await measure(db);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
