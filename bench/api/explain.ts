import type { Client } from "pg";
import type { CapturedQuery } from "./capture";

export interface Explained {
  sql: string;
  params: unknown[];
  plan: string;
  /** Tables with at least `bigTableRows` rows that the plan reads whole. */
  seqScans: string[];
}

/** Tables and their estimated row counts, from the planner's statistics. */
export async function tableSizes(client: Client): Promise<Map<string, number>> {
  const { rows } = await client.query<{ name: string; rows: number }>(
    `SELECT c.relname AS name, c.reltuples::bigint::float8 AS rows FROM pg_class c
     WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace`,
  );
  return new Map(rows.map((row) => [row.name, row.rows]));
}

/** A table this big is never meant to be read whole to answer one page. */
export const bigTableRows = 100_000;

/**
 * Runs each statement once under EXPLAIN (ANALYZE, BUFFERS), with the
 * parameters it was sent with, and flags every sequential scan of a big table.
 */
export async function explainAll(client: Client, queries: readonly CapturedQuery[], sizes: Map<string, number>): Promise<Explained[]> {
  const explained: Explained[] = [];
  const seen = new Set<string>();
  for (const query of queries) {
    const key = `${query.sql}\n${JSON.stringify(query.params)}`;
    if (seen.has(key) || !/^\s*(SELECT|WITH)\b/i.test(query.sql)) continue;
    seen.add(key);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
    const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
    const seqScans = [...plan.matchAll(/Seq Scan on "?([A-Za-z_][A-Za-z0-9_]*)"?/g)]
      .map((match) => match[1]!)
      .filter((table, index, all) => (sizes.get(table) ?? 0) >= bigTableRows && all.indexOf(table) === index);
    explained.push({ sql: query.sql, params: query.params, plan, seqScans });
  }
  return explained;
}
