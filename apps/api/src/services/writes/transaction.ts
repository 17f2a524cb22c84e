import type { Prisma, PrismaClient } from "@parley/db";
import { refusalOf } from "./database-refusals";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` as one transaction, which history (the change table's
 * triggers) attributes to `writer` through a setting local to it. Anything
 * thrown undoes all of it; what the database itself refuses (a duplicate
 * slug, a record still referred to, a check) comes out as BAD_USER_INPUT.
 *
 * The transaction first takes the lock of the `data_version` row, which its
 * first write would take anyway (the response cache's trigger bumps that row
 * in every transaction that writes) and hold to its commit. Taken later, it
 * made deadlocks: a delete that had locked its record's row waited there for
 * a create that held the data version and waited for that row in turn (a
 * foreign key's check). Taken first, the API's writes run one after another,
 * so that each checks and refuses on what the last one left, for its true
 * reason: a record now referred to, or gone. Reads never wait for it.
 */
export async function writeTransaction<T>(
  db: PrismaClient,
  writer: string,
  work: (tx: Tx) => Promise<T>,
  /** Past this, Prisma abandons the transaction; its default (5 s) suits one record, not a draft's many. */
  timeoutMs?: number,
): Promise<T> {
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "data_version" FOR NO KEY UPDATE`;
        await tx.$queryRaw`SELECT set_config('parley.changed_by', ${writer}, true)`;
        return work(tx);
      },
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
  } catch (error: unknown) {
    throw refusalOf(error) ?? error;
  }
}
