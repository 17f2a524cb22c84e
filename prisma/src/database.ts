import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/client/client";
import { lockPgliteDataDir } from "./pglite-lock";

/**
 * Where the data lives: a PostgreSQL server, or PGlite (PostgreSQL compiled to
 * WebAssembly, in this process) in a folder, or in memory when `dataDir` is
 * omitted. This module is the only one that knows which adapter serves which.
 * `initialDump` (a PGlite `dumpDataDir` tarball) is what a new PGlite database
 * starts as, instead of an empty cluster: the tests start each database from a
 * migrated and seeded copy, in about a tenth of the time `initdb` takes.
 */
export type DatabaseTarget = { url: string } | { dataDir?: string; initialDump?: Blob };

export interface Database {
  readonly prisma: PrismaClient;
  /**
   * For the migrator: a factory of connections to the same database. They never
   * carry the statement timeout, so a long migration is not cut short.
   */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  readonly engine: "postgresql" | "pglite";
  close(): Promise<void>;
}

export type QueryListener = (sql: string) => void;

export interface OpenDatabaseOptions {
  /**
   * PostgreSQL's `statement_timeout` for the client's connections: a statement
   * that runs longer is cancelled with error 57014. Unset or 0: no limit.
   * PGlite takes the setting but cannot enforce it (docs/toolchain.md).
   */
  statementTimeoutMs?: number;
  /** Hears every SQL statement the client sends. */
  onQuery?: QueryListener;
  /**
   * Plan without parallel workers (PostgreSQL's max_parallel_workers_per_gather = 0) on the client's
   * connections. PGlite has none.
   */
  serialPlans?: boolean;
}

/** Opens the database at `target`. */
export async function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions = {}): Promise<Database> {
  const timeoutMs = options.statementTimeoutMs ?? 0;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 0) {
    throw new RangeError(`statementTimeoutMs must be a whole number of milliseconds, 0 or more; got ${timeoutMs}`);
  }

  if ("url" in target) {
    // node-postgres sends statement_timeout with each new connection's start-up message.
    const clientFactory = new PrismaPg({
      connectionString: target.url,
      ...(timeoutMs > 0 && { statement_timeout: timeoutMs }),
      ...(options.serialPlans && { options: "-c max_parallel_workers_per_gather=0" }),
    });
    const prisma = createClient(clientFactory, options.onQuery);
    return {
      prisma,
      adapterFactory: new PrismaPg({ connectionString: target.url }),
      engine: "postgresql",
      close: () => prisma.$disconnect(),
    };
  }

  const { pglite, close: closePGlite } = await startPGlite(target.dataDir, target.initialDump);
  if (timeoutMs > 0) await pglite.exec(`SET statement_timeout = ${timeoutMs}`);
  const prisma = createClient(new PrismaPGlite(pglite), options.onQuery);
  const db: Database = {
    prisma,
    adapterFactory: pgliteMigratorFactory(pglite, timeoutMs),
    engine: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await closePGlite();
    },
  };
  pgliteOf.set(db, pglite);
  return db;
}

/** Each open PGlite database's engine, for `dumpPGlite`; nothing else reaches past the Prisma client. */
const pgliteOf = new WeakMap<Database, PGlite>();

/** A PGlite database's whole cluster as a tarball, which `initialDump` starts a new one from. */
export function dumpPGlite(db: Database): Promise<Blob> {
  const pglite = pgliteOf.get(db);
  if (!pglite) throw new Error("Only a PGlite database can be dumped");
  return pglite.dumpDataDir("none");
}

interface StartedPGlite {
  pglite: PGlite;
  /** Closes PGlite, then releases its folder's lock. */
  close(): Promise<void>;
}

/**
 * Starts PGlite in `dataDir` (in memory without one). A folder is locked
 * first, so that no two processes ever have it open at once (pglite-lock.ts).
 */
async function startPGlite(dataDir: string | undefined, initialDump?: Blob): Promise<StartedPGlite> {
  const release = dataDir ? lockPgliteDataDir(dataDir) : () => undefined;
  try {
    if (dataDir) await mkdir(dataDir, { recursive: true });
    // A dump only seeds a folder that holds no cluster yet; an existing one is opened as it is.
    const loadDataDir = initialDump && !(dataDir && existsSync(path.join(dataDir, "PG_VERSION"))) ? initialDump : undefined;
    const pglite = new PGlite({ dataDir, loadDataDir });
    await pglite.waitReady;
    return { pglite, close: () => pglite.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The migrator's connections to a PGlite database. PGlite has a single
 * session, which the client and the migrator share: the migrator's
 * connections lift the session's statement timeout while any of them is open,
 * and the last one to close puts it back. Its shadow database (for diffs) is
 * a fresh in-memory PGlite, closed with its connection: left open, its timers
 * kept a finished command alive for 10 s.
 */
function pgliteMigratorFactory(pglite: PGlite, timeoutMs: number): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite);
  let open = 0;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      if (timeoutMs === 0) return adapter;
      if (open++ === 0) await pglite.exec("SET statement_timeout = 0");
      return afterDispose(adapter, async () => {
        if (--open === 0) await pglite.exec(`SET statement_timeout = ${timeoutMs}`);
      });
    },
    connectToShadowDb: async () => {
      const shadow = await startPGlite(undefined);
      return afterDispose(await new PrismaPGlite(shadow.pglite).connect(), () => shadow.close());
    },
  };
}

/** Makes `adapter.dispose()` go on to `then`, once: the schema engine and `withSchemaEngine` may both dispose it. */
function afterDispose(adapter: SqlDriverAdapter, then: () => Promise<void>): SqlDriverAdapter {
  const dispose = adapter.dispose.bind(adapter);
  let disposed: Promise<void> | undefined;
  adapter.dispose = () => (disposed ??= dispose().then(then));
  return adapter;
}

function createClient(adapter: SqlMigrationAwareDriverAdapterFactory, onQuery: QueryListener | undefined): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}
