import type { AddressInfo } from "node:net";
import { createServer, type ServerOptions } from "@parley/api";
import { PrismaClient } from "@parley/db";
import { PrismaPg } from "@prisma/adapter-pg";

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export interface CountingServer {
  /** Sends the request twice (the first warms up) and returns the SQL the second sent, and its response. */
  capture(body: string): Promise<{ queries: CapturedQuery[]; status: number; response: string; readPath: string | null }>;
  stop(): Promise<void>;
}

function parseParams(params: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(params);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * The built API in this process, as `openDatabase` builds it for PostgreSQL
 * but with Prisma's query events kept whole (SQL and parameters), so that each
 * request's statements can be counted and explained.
 */
export async function startCountingServer(url: string, options: Pick<ServerOptions, "compiledReads"> = {}): Promise<CountingServer> {
  // Planned as the API plans (apps/api/src/db/open.ts), without parallel workers.
  const adapterFactory = new PrismaPg({ connectionString: url, options: "-c max_parallel_workers_per_gather=0" });
  const prisma = new PrismaClient({ adapter: adapterFactory, log: [{ emit: "event", level: "query" }] });
  const captured: CapturedQuery[] = [];
  prisma.$on("query", (event) => captured.push({ sql: event.query, params: parseParams(event.params) }));
  const db: ServerOptions["db"] = { prisma, adapterFactory, engine: "postgresql", close: () => prisma.$disconnect() };
  const server = await createServer({ db, webOrigins: [], ...options });
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const post = async (body: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    return { status: response.status, response: await response.text(), readPath: response.headers.get("x-read-path") };
  };
  return {
    async capture(body) {
      await post(body);
      captured.length = 0;
      const answer = await post(body);
      return { queries: [...captured], ...answer };
    },
    async stop() {
      await server.stop();
      server.httpServer.close();
      await db.close();
    },
  };
}
