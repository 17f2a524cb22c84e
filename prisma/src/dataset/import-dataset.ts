import type { PrismaClient } from "../../generated/client/client";
import { DatasetRejectedError } from "./issues";
import { planDataset } from "./plan-dataset";
import { checkSchema } from "./schema-check";
import { unstorableTextIssues } from "./stored-text-check";
import { type ImportProgress, writePlan } from "./write-plan";

export interface ImportReport {
  sources: number;
  actors: number;
  events: number;
  statements: number;
}

/**
 * Checks a parsed dataset file: texts the database can hold and the schema,
 * then everything else. The plan to write, or a DatasetRejectedError with every issue.
 */
export function checkDataset(data: unknown) {
  const unstorable = unstorableTextIssues(data);
  const { file, issues } = checkSchema(data);
  if (!file || unstorable.length > 0) throw new DatasetRejectedError([...unstorable, ...issues]);
  return planDataset(file);
}

/**
 * Imports a dataset, all or nothing: everything is checked before the first
 * write, then written in one transaction, which the database's own checks
 * can still roll back whole. Importing the same data again changes nothing.
 */
export async function importDataset(prisma: PrismaClient, data: unknown, onProgress?: ImportProgress): Promise<ImportReport> {
  const plan = checkDataset(data);
  // Bulk writes of 100,000 statements take tens of seconds: far past the default 5 s.
  await prisma.$transaction((tx) => writePlan(tx, plan, onProgress), { timeout: 30 * 60_000, maxWait: 60_000 });
  return { sources: plan.sources.length, actors: plan.actors.length, events: plan.events.length, statements: plan.statements.length };
}
