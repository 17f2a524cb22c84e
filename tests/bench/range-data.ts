import { postgresTarget, synthesize, synthScale } from "@parley/bench/synth";
import { importDataset, openDatabase, withPgClient } from "@parley/db";
import { spreadDays, spreadDaysDataset } from "../scenarios/spread-days";

/** The synthesiser's size that makes 10,000 events (over 370 days, about 27 a day). */
const statements = 100_000;

/** A span of the bench's data. */
export interface BenchRange {
  name: string;
  from: string;
  to: string;
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Events whose start lies in [from, to), or all of them. */
async function countEvents(url: string, range?: { from: string; to: string }): Promise<number> {
  return withPgClient(url, async (client) => {
    try {
      const { rows } = await client.query<{ events: string }>(
        `SELECT count(*) AS events FROM "event" WHERE $1::date IS NULL OR (starts_at >= $1::date AND starts_at < $2::date)`,
        [range?.from ?? null, range?.to ?? null],
      );
      return Number(rows[0]!.events);
    } catch {
      return 0;
    }
  });
}

/**
 * The bench's own database, created when missing and filled unless it holds the data already: the
 * synthesiser's 10,000 events over 370 busy days, and scenario "spread days", 10,000 events over
 * 3,700 quiet ones.
 */
export async function ensureRangeData(url: string): Promise<BenchRange[]> {
  const server = new URL(url);
  server.pathname = "/postgres";
  const name = databaseName(url);
  await withPgClient(server.toString(), async (client) => {
    const { rows } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rows.length === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  });
  const scale = synthScale(statements);
  const synthesised = { from: scale.firstDay, to: dayAfter(scale.lastDay) };
  const spread = { from: spreadDays.from, to: spreadDays.to };
  const filled = (await countEvents(url)) === scale.events + spreadDays.events && (await countEvents(url, spread)) === spreadDays.events;
  if (!filled) {
    console.log(`Filling ${name}: ${statements.toLocaleString("en")} synthetic statements, then scenario "spread days"`);
    const target = await postgresTarget(url);
    try {
      await synthesize(target, { statements, reset: true });
    } finally {
      await target.close();
    }
    const db = await openDatabase({ url });
    try {
      await importDataset(db.prisma, spreadDaysDataset());
    } finally {
      await db.close();
    }
  }
  return [
    { name: "the synthesiser's 370 busy days", ...synthesised },
    { name: '3,700 quiet days (scenario "spread days")', ...spread },
  ];
}
