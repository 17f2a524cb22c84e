import { randomBytes } from "node:crypto";
import { type Database, openDatabase } from "@parley/db";
import { Client } from "pg";
import { databaseFailure } from "../src/db/failures";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { startRefusingPostgres } from "./support/refusing-postgres";

/**
 * The classifier behind 503 DATABASE_UNAVAILABLE, 504 REQUEST_TIMEOUT and
 * /health, on errors as they really arrive: from Prisma (a model query, a raw
 * query, a transaction's start) and from node-postgres unwrapped, each
 * provoked, never built by hand.
 */
const describeOnPostgresOnly = process.env.TEST_DATABASE_URL ? describe : describe.skip;

/** What `work` rejects with; the test fails if it succeeds. */
async function rejectionOf(work: () => PromiseLike<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse");
}

/** The errors Prisma raises for one query of each kind: a model query, a raw query, and an interactive transaction. */
async function prismaErrors(db: Database): Promise<unknown[]> {
  return [
    await rejectionOf(() => db.prisma.topic.findMany()),
    await rejectionOf(() => db.prisma.$queryRaw`SELECT 1`),
    await rejectionOf(() => db.prisma.$transaction((tx) => tx.topic.findMany())),
  ];
}

/** The error node-postgres raises on connecting to `url`. */
function pgConnectError(url: string): Promise<unknown> {
  return rejectionOf(() => new Client({ connectionString: url }).connect());
}

describe("a server that refuses connections with a SQLSTATE (a stand-in speaking PostgreSQL's protocol)", () => {
  it.each([
    ["57P03", "the database system is starting up"],
    ["57P02", "terminating connection because of crash of another server process"],
    ["57P01", "terminating connection due to administrator command"],
    ["53300", "sorry, too many clients already"],
    ["55000", 'database "parley" is not currently accepting connections'],
    ["08000", "connection exception"],
    ["08001", "could not establish connection"],
    ["08004", "server rejected the connection"],
    ["08006", "connection failure"],
    ["08P01", "invalid length of startup packet"],
  ])("%s (%s) is unavailable, from Prisma and from node-postgres", async (sqlState, message) => {
    const server = await startRefusingPostgres(sqlState, message);
    const db = await openDatabase({ url: server.url });
    try {
      const errors = [...(await prismaErrors(db)), await pgConnectError(server.url)];
      expect(errors.map(databaseFailure)).toEqual(["unavailable", "unavailable", "unavailable", "unavailable"]);
    } finally {
      await db.close();
      await server.close();
    }
  });
});

describeOnPostgresOnly("PostgreSQL refusing or ending sessions", () => {
  let testDatabase: TestDatabase;
  let url: string;
  let db: Database;
  /** A session on the server's maintenance database (TEST_DATABASE_URL's), outside the test database. */
  let admin: Client;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    url = (testDatabase.target as { url: string }).url;
    db = await openDatabase(testDatabase.target);
    admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await db.close();
    await testDatabase.drop();
  });

  const databaseName = () => new URL(url).pathname.slice(1);

  it("55000 from a database closed to connections (ALLOW_CONNECTIONS false) is unavailable", async () => {
    await admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS false`);
    try {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [databaseName()]);
      const errors = [...(await prismaErrors(db)), await pgConnectError(url)];
      expect(errors.map((error) => sqlStateIn(error))).toEqual(["55000", "55000", "55000", "55000"]);
      expect(errors.map(databaseFailure)).toEqual(["unavailable", "unavailable", "unavailable", "unavailable"]);
    } finally {
      await admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS true`);
    }
  });

  it("57P01 from a session ended while its query runs (pg_terminate_backend) is unavailable", async () => {
    const ended = async (query: () => PromiseLike<unknown>) => {
      const settled = rejectionOf(query);
      await waitForSleeper(admin, databaseName());
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%'", [
        databaseName(),
      ]);
      return settled;
    };
    const client = new Client({ connectionString: url });
    await client.connect();
    client.on("error", () => undefined);
    const errors = [
      await ended(() => db.prisma.$queryRaw`SELECT pg_sleep(30)::text`),
      await ended(() => client.query("SELECT pg_sleep(30)")),
    ];
    await client.end().catch(() => undefined);
    expect(errors.map((error) => sqlStateIn(error))).toEqual(["57P01", "57P01"]);
    expect(errors.map(databaseFailure)).toEqual(["unavailable", "unavailable"]);
  });

  it("53300 from a role past its connection limit is unavailable", async () => {
    const role = `parley_test_${randomBytes(6).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    await admin.query(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}' CONNECTION LIMIT 0`);
    const asRole = new URL(url);
    asRole.username = role;
    asRole.password = password;
    const limited = await openDatabase({ url: asRole.toString() });
    try {
      const errors = [...(await prismaErrors(limited)), await pgConnectError(asRole.toString())];
      expect(errors.map((error) => sqlStateIn(error))).toEqual(["53300", "53300", "53300", "53300"]);
      expect(errors.map(databaseFailure)).toEqual(["unavailable", "unavailable", "unavailable", "unavailable"]);
    } finally {
      await limited.close();
      await admin.query(`DROP ROLE "${role}"`);
    }
  });

  it("57014 from a statement past statement_timeout is a timeout", async () => {
    const error = await rejectionOf(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL statement_timeout = 50`;
        await tx.$queryRaw`SELECT pg_sleep(5)::text`;
      }),
    );
    expect(sqlStateIn(error)).toBe("57014");
    expect(databaseFailure(error)).toBe("timeout");
  });
});

describe("errors that are the query's own, which stay bugs", () => {
  let testDatabase: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = await openDatabase(testDatabase.target);
  });
  afterAll(async () => {
    await db.close();
    await testDatabase.drop();
  });

  it("55000 from a statement (currval before nextval), not from connecting, is not a failure of the database", async () => {
    const error = await rejectionOf(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`CREATE TEMPORARY SEQUENCE never_advanced`;
        await tx.$queryRaw`SELECT currval('never_advanced')::text`;
      }),
    );
    expect(sqlStateIn(error)).toBe("55000");
    expect(databaseFailure(error)).toBeUndefined();
  });

  it("42P01 (a table that does not exist) is not a failure of the database", async () => {
    const error = await rejectionOf(() => db.prisma.$queryRaw`SELECT * FROM no_such_table`);
    expect(databaseFailure(error)).toBeUndefined();
  });
});

/** The SQLSTATE an error carries, wherever Prisma or node-postgres put it, to show what was provoked. */
function sqlStateIn(error: unknown): string | undefined {
  const record = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  return record.meta?.driverAdapterError?.cause?.originalCode ?? record.code;
}

/** Resolves once a session on `database` runs pg_sleep (the query a test is about to end). */
async function waitForSleeper(admin: Client, database: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query(
      "SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()",
      [database],
    );
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the query never started");
}
