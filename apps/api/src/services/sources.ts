import { Prisma, type PrismaClient } from "@parley/db";
import { fieldsJson } from "./row-json";

/** A source without its text, which can be long: what lists and citations show. */
export const sourceSummary = { omit: { text: true } } satisfies Prisma.SourceDefaultArgs;
export type SourceSummaryRow = Prisma.SourceGetPayload<typeof sourceSummary>;

/** The same summary as JSON built by PostgreSQL (see row-json.ts), from the same fields. */
export const sourceSummaryJson = fieldsJson(Object.values(Prisma.SourceScalarFieldEnum).filter((field) => !(field in sourceSummary.omit)));

export function findSourceBySlug(db: PrismaClient, slug: string): Promise<SourceSummaryRow | null> {
  return db.source.findUnique({ where: { slug }, ...sourceSummary });
}
