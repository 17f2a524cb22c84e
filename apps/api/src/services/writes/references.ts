import { Prisma } from "@parley/db";
import { BadUserInputError } from "../../errors";
import type { Tx } from "./transaction";

// Inputs name other records by slug; each lookup refuses a slug that names
// nothing with BAD_USER_INPUT, naming the input field it came from.

/** The tables whose records inputs name by slug. */
export type SluggedTable = "source" | "actor" | "topic" | "event" | "statement";

function unknown(table: SluggedTable, slug: string, field: string): BadUserInputError {
  return new BadUserInputError(`No ${table} has the slug "${slug}"`, "input", field);
}

async function idOf(tx: Tx, table: SluggedTable, slug: string, field: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${slug}`;
  if (!row) throw unknown(table, slug, field);
  return row.id;
}

export const actorIdOf = (tx: Tx, slug: string, field: string) => idOf(tx, "actor", slug, field);
export const eventIdOf = (tx: Tx, slug: string, field: string) => idOf(tx, "event", slug, field);
export const statementIdOf = (tx: Tx, slug: string, field: string) => idOf(tx, "statement", slug, field);
export const topicIdOf = (tx: Tx, slug: string, field: string) => idOf(tx, "topic", slug, field);

/** The ids of several topics, in order; the first unknown slug is refused. */
export async function topicIdsOf(tx: Tx, slugs: string[], field: string): Promise<string[]> {
  const rows = await tx.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  return [...new Set(slugs)].map((slug) => {
    const id = ids.get(slug);
    if (!id) throw unknown("topic", slug, field);
    return id;
  });
}

export async function sourceOf(tx: Tx, slug: string, field: string): Promise<{ id: string; text: string }> {
  const row = await tx.source.findUnique({ where: { slug }, select: { id: true, text: true } });
  if (!row) throw unknown("source", slug, field);
  return row;
}
