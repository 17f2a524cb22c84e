import type { PrismaClient, Source as SourceRow } from "@parley/db";

export function findSourceBySlug(db: PrismaClient, slug: string): Promise<SourceRow | null> {
  return db.source.findUnique({ where: { slug } });
}
