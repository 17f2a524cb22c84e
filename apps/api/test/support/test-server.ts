import type { AddressInfo } from "node:net";
import { type Database, type DatabaseTarget, openDatabase } from "../../src/db/database";
import { prepareDatabase } from "../../src/db/prepare";
import type { ResponseCacheConfig } from "../../src/http/response-cache";
import { createServer, type Server } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../../src/testing";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; [key: string]: unknown }[];
}

export interface TestServer {
  url: string;
  db: Database;
  /** The database the server runs on, for another connection or process to reach it. */
  target: DatabaseTarget;
  /** Every SQL statement the API sent since the last `sql.length = 0`. */
  sql: string[];
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * The API as it runs in production, on a fresh database (migrated, and seeded
 * unless told not to), listening on an ephemeral port; tests talk HTTP to it.
 * The response cache is off unless given (tests count the SQL each request sends).
 */
export async function startTestServer(options: { migrate?: boolean; seed?: boolean; responseCache?: ResponseCacheConfig } = {}): Promise<TestServer> {
  const testDatabase: TestDatabase = await createTestDatabase();
  const sql: string[] = [];
  const db = await openDatabase(testDatabase.target, (statement) => sql.push(statement));
  if (options.migrate ?? true) await prepareDatabase(db, { seedIfEmpty: options.seed ?? true });
  const server: Server = await createServer({ db, webOrigins: ["http://localhost:3000"], responseCache: options.responseCache });
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  sql.length = 0;

  return {
    url,
    db,
    target: testDatabase.target,
    sql,
    async graphql<Data>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>> {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<Data>, "status">;
      return { status: response.status, ...body };
    },
    async stop() {
      await server.stop();
      await db.close();
      await testDatabase.drop();
    },
  };
}
