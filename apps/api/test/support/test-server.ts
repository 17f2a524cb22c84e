import type { AddressInfo } from "node:net";
import { type Database, type DatabaseTarget, prepareDatabase } from "@parley/db";
import { openApiDatabase } from "../../src/db/open";
import { readEnv } from "../../src/env";
import { createServer, type Server, type ServerOptions } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../../src/testing";
import { type Planted, plant, type Scenario } from "../../src/testing/scenario";

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
  /** Sends a GraphQL request; with `token`, as `Authorization: Bearer <token>`. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/** Sends GraphQL requests to the API at `url` (as `http://host:port`). */
export function graphqlClient(url: string): Pick<TestServer, "graphql"> {
  return {
    async graphql<Data>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<Data>> {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token !== undefined && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<Data>, "status">;
      return { status: response.status, ...body };
    },
  };
}

/**
 * The API as it runs in production, on a fresh database (migrated, and seeded
 * unless told not to), listening on an ephemeral port; tests talk HTTP to it.
 * The response cache is off unless given (tests count the SQL each request sends).
 */
export async function startTestServer(
  options: {
    migrate?: boolean;
    seed?: boolean;
    /** Options of createServer beyond the database and origins (a request deadline, say). */
    server?: Omit<ServerOptions, "db" | "webOrigins">;
    /** How the API reaches the test database (through a proxy, with connection options); as created by default. */
    connect?: (target: DatabaseTarget) => DatabaseTarget | Promise<DatabaseTarget>;
  } = {},
): Promise<TestServer> {
  const migrate = options.migrate ?? true;
  const seed = options.seed ?? true;
  const testDatabase: TestDatabase = await createTestDatabase({ start: migrate ? (seed ? "seeded" : "migrated") : "empty" });
  const sql: string[] = [];
  const target = options.connect ? await options.connect(testDatabase.target) : testDatabase.target;
  // Opened as the API opens its database, with the default environment, on the test's own database.
  const db = await openApiDatabase(readEnv({}), target, (statement) => sql.push(statement));
  // A no-op on a database that starts so prepared; here as the API's own start runs it.
  if (migrate) await prepareDatabase(db, { seedIfEmpty: seed });
  const server: Server = await createServer({ db, webOrigins: ["http://localhost:3000"], ...options.server });
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  sql.length = 0;

  return {
    url,
    db,
    target: testDatabase.target,
    sql,
    graphql: graphqlClient(url).graphql,
    async stop() {
      await server.stop();
      await db.close();
      await testDatabase.drop();
    },
  };
}

/** A test server whose database holds a scenario, and the scenario's records by name. */
export interface ScenarioServer<S extends Scenario> extends TestServer {
  records: Planted<S>;
}

/**
 * The API as `startTestServer` starts it, on a database that holds `scenario`
 * alone (not the shipped datasets); its records come back by name.
 */
export async function startTestServerWith<S extends Scenario>(
  scenario: S,
  options: Omit<NonNullable<Parameters<typeof startTestServer>[0]>, "migrate" | "seed"> = {},
): Promise<ScenarioServer<S>> {
  const server = await startTestServer({ ...options, seed: false });
  const records = await plant(server.db.prisma, scenario);
  server.sql.length = 0;
  return { ...server, records };
}
