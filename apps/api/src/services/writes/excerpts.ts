import type { TextSpan } from "@parley/db";
import type { Tx } from "./transaction";

/**
 * The excerpt of a source at a span, created on first use and shared after (a
 * span is one row per source). A span cited already is only read (an insert
 * that inserts nothing still counts as a write: see changes.ts). A new one is
 * INSERT ... ON CONFLICT DO NOTHING, then a read: two writers citing a new
 * span at once both get the one row (Prisma's upsert reads, then inserts, and
 * the second writer would hit the unique index).
 */
export async function excerptIdFor(tx: Tx, sourceId: string, span: TextSpan): Promise<string> {
  const where = { sourceId_start_end: { sourceId, start: span.start, end: span.end } };
  const cited = await tx.excerpt.findUnique({ where, select: { id: true } });
  if (cited) return cited.id;
  await tx.excerpt.createMany({ data: [{ sourceId, start: span.start, end: span.end }], skipDuplicates: true });
  return (await tx.excerpt.findUniqueOrThrow({ where, select: { id: true } })).id;
}

/**
 * Deletes an excerpt nothing cites any more, so that a source whose
 * statements are all gone can have its text corrected (the database refuses
 * a new text while any excerpt cites it).
 */
export async function dropExcerptIfUnused(tx: Tx, excerptId: string): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM excerpt e WHERE e.id = ${excerptId}::uuid
      AND NOT EXISTS (SELECT 1 FROM statement WHERE excerpt_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM event_report WHERE excerpt_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM actor_tie WHERE excerpt_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM stance WHERE basis_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM statement_relation WHERE basis_id = e.id)`;
}
