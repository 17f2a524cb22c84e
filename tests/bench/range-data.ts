import { postgresTarget, synthesize, synthScale, withPgClient } from "@parley/db";

/** The synthesiser's size that makes 10,000 events (over 370 days, about 27 a day). */
export const statements = 100_000;

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** Creates the bench's own database when it is missing, and fills it with the synthesiser unless it holds the events already. */
export async function ensureRangeData(url: string): Promise<{ from: string; to: string; events: number }> {
  const server = new URL(url);
  server.pathname = "/postgres";
  const name = databaseName(url);
  await withPgClient(server.toString(), async (client) => {
    const { rows } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rows.length === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  });
  const scale = synthScale(statements);
  const count = () =>
    withPgClient(url, async (client) => {
      try {
        return Number((await client.query<{ events: string }>(`SELECT count(*) AS events FROM "event"`)).rows[0]!.events);
      } catch {
        return 0;
      }
    });
  if ((await count()) !== scale.events) {
    console.log(`Synthesising ${statements.toLocaleString("en")} statements (${scale.events.toLocaleString("en")} events) into ${name}`);
    const target = await postgresTarget(url);
    try {
      await synthesize(target, { statements, reset: true });
    } finally {
      await target.close();
    }
  }
  const dayAfter = new Date(Date.parse(`${scale.lastDay}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return { from: scale.firstDay, to: dayAfter, events: await count() };
}
