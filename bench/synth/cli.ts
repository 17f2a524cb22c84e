// `npm run db:synth -- --statements N [--reset] [--seed S]`: fills the database
// named by DATABASE_URL (else PGlite in PGLITE_DATA_DIR) with synthetic data.
import { parseArgs } from "node:util";
import { defaultPgliteDataDir } from "@parley/db";
import { SingleBar } from "cli-progress";
import { pgliteTarget, postgresTarget } from "./connection";
import { synthesize, SynthDataPresentError, synthScale } from "./synthesize";

const usage = `Usage: npm run db:synth -- [--statements N] [--reset] [--seed S]

Fills the database named by DATABASE_URL (PostgreSQL), or PGlite in
PGLITE_DATA_DIR when it is unset, with synthetic days, events, actors,
sources and statements at Parley's schema, after applying the migrations.

  --statements N  how many statements (default 1000000, at least 1000)
  --reset         empty every table first
  --seed S        another seed makes other data (default 20190615)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      statements: { type: "string", default: "1000000" },
      reset: { type: "boolean", default: false },
      seed: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const statements = Number(values.statements.replace(/_/g, ""));
  const scale = synthScale(statements);
  const url = process.env.DATABASE_URL || undefined;
  // The API's default folder for PGlite, which it reads the synthetic data from.
  const dataDir = process.env.PGLITE_DATA_DIR || defaultPgliteDataDir;
  const target = url ? await postgresTarget(url) : await pgliteTarget(dataDir);
  console.log(
    `Synthesising ${scale.statements.toLocaleString("en")} statements, ${scale.events.toLocaleString("en")} events, ` +
      `${scale.actors.toLocaleString("en")} actors over ${scale.days.toLocaleString("en")} days (${scale.firstDay} to ${scale.lastDay}) into ${target.description}`,
  );

  const bar = new SingleBar({
    format: " {bar} {percentage}% | {value}/{total} statements | {stage} | {duration_formatted}",
    hideCursor: true,
    noTTYOutput: false,
  });
  bar.start(scale.statements, 0, { stage: "actors and topics" });
  const stages = { world: "actors and topics", days: "days", analyse: "vacuum and analyse" };
  try {
    const report = await synthesize(target, {
      statements,
      reset: values.reset,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      onProgress: ({ stage, done }) => bar.update(done, { stage: stages[stage] }),
    });
    bar.stop();
    const width = Math.max(...Object.keys(report.rows).map((table) => table.length));
    console.log("\nRows written:");
    for (const [table, count] of Object.entries(report.rows))
      console.log(`  ${table.padEnd(width)}  ${count.toLocaleString("en").padStart(10)}`);
    console.log(
      `\nBusy day: ${report.busyDay.date}, with ${report.busyDay.events} events, ${report.busyDay.participants} participants and ${report.busyDay.statements} statements.`,
    );
    const cpu = process.cpuUsage();
    const timings = Object.entries(report.stages)
      .map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)} s`)
      .join(", ");
    console.log(
      `Done in ${report.seconds.toFixed(1)} s (${timings}); this process used ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU in all.`,
    );
    if (!report.checkedForeignKeys)
      console.log("Foreign keys were not checked row by row (the rows are made consistent); every other constraint was.");
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof SynthDataPresentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
