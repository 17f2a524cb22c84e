import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@parley/db";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Where the data lives: a PostgreSQL server, or PGlite (PostgreSQL compiled to
 * WebAssembly, in this process) in a folder, or in memory when `dataDir` is
 * omitted. This module is the only one that knows which.
 */
export type DatabaseTarget = { url: string } | { dataDir?: string };

export interface Database {
  readonly prisma: PrismaClient;
  /** For the migrator: a factory of connections to the same database. */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  readonly engine: "postgresql" | "pglite";
  close(): Promise<void>;
}

export type QueryListener = (sql: string) => void;

/** Opens the database; `onQuery` hears every SQL statement the client sends. */
export async function openDatabase(target: DatabaseTarget, onQuery?: QueryListener): Promise<Database> {
  if ("url" in target) {
    const adapterFactory = new PrismaPg({ connectionString: target.url });
    const prisma = createClient(adapterFactory, onQuery);
    return { prisma, adapterFactory, engine: "postgresql", close: () => prisma.$disconnect() };
  }
  const pglite = await startPGlite(target.dataDir);
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = createClient(adapterFactory, onQuery);
  return {
    prisma,
    adapterFactory,
    engine: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function startPGlite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  return pglite;
}

function createClient(adapter: SqlMigrationAwareDriverAdapterFactory, onQuery: QueryListener | undefined): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}
