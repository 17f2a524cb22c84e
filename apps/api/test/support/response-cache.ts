import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { applyMigrations, seed, withPgClient } from "@parley/db";
import { TimelineDocument } from "@parley/schema";
import { print } from "graphql";
import type { Database, DatabaseTarget } from "@parley/db";

// Helpers of the response cache's tests: requests that show the x-cache header, and writes that
// do not go through the API.

export interface RawResponse {
  status: number;
  cache: string | null;
  contentType: string | null;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function read(response: Response): Promise<RawResponse> {
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    contentType: response.headers.get("content-type"),
    text,
    json: JSON.parse(text) as RawResponse["json"],
  };
}

/**
 * Each request on a connection of its own: these tests wait on long writes (a
 * seed, a reset) between requests, and a kept-alive connection that the server
 * closes after its 5 s idle limit just as fetch reuses it fails with ECONNRESET.
 */
const fresh = { connection: "close" };

/** POSTs a GraphQL request as JSON, as Apollo Client and the web app do. */
export async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<RawResponse> {
  return read(
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...fresh, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** GETs a GraphQL request with its parts in the URL. */
export async function get(
  url: string,
  body: { query: string; operationName?: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const search = new URLSearchParams({ query: body.query });
  if (body.operationName) search.set("operationName", body.operationName);
  if (body.variables) search.set("variables", JSON.stringify(body.variables));
  return read(await fetch(`${url}/graphql?${search}`, { headers: { ...fresh, ...headers } }));
}

/** The web app's day timeline: the request the benchmark measures. */
export const dayTimeline = {
  operationName: "Timeline",
  query: print(TimelineDocument),
  variables: { from: "2014-03-14T00:00:00.000Z", to: "2014-03-15T00:00:00.000Z", first: 100 },
};

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * Runs SQL on the database without going through the API: on PostgreSQL a new
 * `pg` connection of its own; on PGlite (one process only) the API's database
 * handle, used directly as a script or an import would.
 */
export async function writeElsewhere(target: DatabaseTarget, sql: string, db?: Database): Promise<void> {
  if (!("url" in target)) {
    if (!db) throw new Error("On PGlite, a write elsewhere needs the database handle");
    await db.prisma.$executeRawUnsafe(sql);
    return;
  }
  await withPgClient(target.url, (client) => client.query(sql));
}

/**
 * `npm run db:reset`: on PostgreSQL the built command itself, in its own
 * process; on PGlite (in this process's memory) the same steps on the same database.
 */
export async function resetDatabase(target: DatabaseTarget, db: Database): Promise<void> {
  if ("url" in target) {
    // @parley/db's built command, as `npm run db:reset` runs it.
    const reset = path.resolve(__dirname, "..", "..", "..", "..", "prisma", "dist", "src", "cli", "reset.js");
    await promisify(execFile)(process.execPath, [reset], { env: { ...process.env, DATABASE_URL: target.url } });
    return;
  }
  await db.prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
  await db.prisma.$executeRawUnsafe("CREATE SCHEMA public");
  await applyMigrations(db.adapterFactory);
  await seed(db.prisma);
}

/** The data version's counter, without its epoch. */
export async function versionCounter(db: Database): Promise<number> {
  const [row] = await db.prisma.$queryRaw<{ version: bigint }[]>`SELECT "version" FROM "data_version"`;
  return Number(row?.version);
}
