import type { Prisma, PrismaClient } from "@parley/db";
import { refusalOf } from "./database-refusals";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` as one transaction, which history (the change table's
 * triggers) attributes to `writer` through a setting local to it. Anything
 * thrown undoes all of it; what the database itself refuses (a duplicate
 * slug, a record still referred to, a check) comes out as BAD_USER_INPUT.
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
        await tx.$queryRaw`SELECT set_config('parley.changed_by', ${writer}, true)`;
        return work(tx);
      },
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
  } catch (error: unknown) {
    throw refusalOf(error) ?? error;
  }
}
