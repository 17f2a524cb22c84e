import type { TestServer } from "./test-server";

/**
 * Holds the database busy until `release()`: a transaction that locks the
 * statement table. On PostgreSQL the API's queries of that table wait for the
 * lock; on PGlite (one connection, in process) every query waits for the
 * transaction to end.
 */
export async function holdStatementTable(api: TestServer): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const transaction = api.db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "statement" IN ACCESS EXCLUSIVE MODE`);
      locked();
      await released;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  await Promise.race([isLocked, transaction]);
  return {
    async release() {
      release();
      await transaction;
    },
  };
}

/** A statements list's page query (services/statements.ts, the one that ranks or counts the matches), the first a list of statements sends. */
export const isStatementsPageQuery = (sql: string) => /AS (rank|matches) FROM statement s\b/.test(sql);

/** A list of statements read by the compiled path (src/reads), in its one statement, or the resolvers' page query. */
export const isStatementsListQuery = (sql: string) => isStatementsPageQuery(sql) || (/ AS data$/.test(sql) && /FROM "statement"/.test(sql));

/** Waits until the statements query held up by the lock has finished (the query log hears it then). */
export async function waitForStatementsQuery(api: TestServer): Promise<void> {
  const waitUntil = Date.now() + 10_000;
  while (!api.sql.some(isStatementsPageQuery) && Date.now() < waitUntil) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(api.sql.some(isStatementsPageQuery)).toBe(true);
}
