import { BadUserInputError } from "../../errors";
import type { Tx } from "./transaction";

// Inputs name other records by slug; each lookup refuses a slug that names
// nothing with BAD_USER_INPUT, naming the input field it came from.

function unknown(what: string, slug: string, field: string): BadUserInputError {
  return new BadUserInputError(`No ${what} has the slug "${slug}"`, "input", field);
}

export async function actorIdOf(tx: Tx, slug: string, field: string): Promise<string> {
  const row = await tx.actor.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw unknown("actor", slug, field);
  return row.id;
}

export async function eventIdOf(tx: Tx, slug: string, field: string): Promise<string> {
  const row = await tx.event.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw unknown("event", slug, field);
  return row.id;
}

export async function statementIdOf(tx: Tx, slug: string, field: string): Promise<string> {
  const row = await tx.statement.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw unknown("statement", slug, field);
  return row.id;
}

export async function topicIdOf(tx: Tx, slug: string, field: string): Promise<string> {
  const row = await tx.topic.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw unknown("topic", slug, field);
  return row.id;
}

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
