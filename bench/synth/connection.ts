import { mkdir } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { lockPgliteDataDir } from "@parley/db";

/** What the synthesiser needs of a database: COPY and plain SQL, over one session. */
export interface SynthConnection {
  copy(table: string, columns: readonly string[], rows: readonly string[]): Promise<void>;
  exec(sql: string): Promise<void>;
  rows<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** A database to fill: PostgreSQL at a URL (several sessions at once) or PGlite in a folder (one). */
export interface SynthTarget {
  readonly description: string;
  /** Sessions that may write at the same time. */
  readonly sessions: number;
  /** For applying the migrations first. */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  connect(): Promise<SynthConnection>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[]) => `COPY ${quote(table)} (${columns.map(quote).join(", ")})`;

function* chunks(rows: readonly string[], size = 2000): Generator<string> {
  for (let i = 0; i < rows.length; i += size) yield `${rows.slice(i, i + size).join("\n")}\n`;
}

/** PostgreSQL through `pg`, with COPY FROM STDIN streams. */
export async function postgresTarget(url: string): Promise<SynthTarget> {
  const { Client } = await import("pg");
  const { from: copyFrom } = await import("pg-copy-streams");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return {
    description: `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`,
    sessions: 2,
    adapterFactory: new PrismaPg({ connectionString: url }),
    async connect() {
      const client = new Client({ connectionString: url });
      await client.connect();
      // A lost synthesis is run again: no need to wait for each commit to reach the disk.
      await client.query("SET synchronous_commit = off");
      return {
        async copy(table, columns, rows) {
          if (rows.length === 0) return;
          await pipeline(Readable.from(chunks(rows)), client.query(copyFrom(`${copySql(table, columns)} FROM STDIN`)));
        },
        async exec(sql) {
          await client.query(sql);
        },
        async rows<Row>(sql: string, params?: unknown[]) {
          return (await client.query(sql, params)).rows as Row[];
        },
        close: () => client.end(),
      };
    },
    close: async () => undefined,
  };
}

/** PGlite (PostgreSQL in WebAssembly, in this process) in `dataDir`, or in memory without one: for small counts. */
export async function pgliteTarget(dataDir?: string): Promise<SynthTarget> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  // Never beside another process on the same folder: the lock @parley/db takes for every opener.
  const release = dataDir ? lockPgliteDataDir(dataDir) : () => undefined;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  return {
    description: dataDir ? `PGlite in ${dataDir}` : "PGlite in memory",
    sessions: 1,
    adapterFactory: new PrismaPGlite(pglite),
    async connect() {
      return {
        async copy(table, columns, rows) {
          if (rows.length === 0) return;
          const blob = new Blob([...chunks(rows)]);
          await pglite.query(`${copySql(table, columns)} FROM '/dev/blob'`, [], { blob });
        },
        async exec(sql) {
          await pglite.exec(sql);
        },
        async rows<Row>(sql: string, params?: unknown[]) {
          return (await pglite.query<Row>(sql, params)).rows;
        },
        close: async () => undefined,
      };
    },
    close: () => pglite.close().finally(release),
  };
}
