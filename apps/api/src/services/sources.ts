import type { Prisma, PrismaClient } from "@parley/db";

/** A source without its text, which can be long: what lists and citations show. */
export const sourceSummary = { omit: { text: true } } satisfies Prisma.SourceDefaultArgs;
export type SourceSummaryRow = Prisma.SourceGetPayload<typeof sourceSummary>;

export function findSourceBySlug(db: PrismaClient, slug: string): Promise<SourceSummaryRow | null> {
  return db.source.findUnique({ where: { slug }, ...sourceSummary });
}
