import type { PrismaClient } from "../../generated/client/client";

/** Every data table. */
export const dataTables = [
  "source",
  "excerpt",
  "actor",
  "actor_name",
  "actor_tie",
  "topic",
  "event",
  "event_participant",
  "event_topic",
  "event_report",
  "statement",
  "statement_topic",
  "stance",
  "statement_relation",
];

/** Every row of every data table, in a stable order: what "changes nothing" is checked against. */
export async function snapshot(prisma: PrismaClient): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of dataTables) {
    result[table] = await prisma.$queryRawUnsafe(`SELECT row_to_json("${table}")::text AS "row" FROM "${table}" ORDER BY 1`);
  }
  return result;
}
