import type { PrismaClient } from "@parley/db";
import { TopicIdsOf } from "../services/topics";
import type { CompiledOperation } from "./compile-operation";

/**
 * The parameters of each of an operation's statements, with the topic ids its
 * filters name by slug read now (services/topics.ts says why by id, and why
 * not when planned): those of all the operation's statements in one query, and
 * only when one filters by a topic.
 */
export async function parametersWithTopicIds(db: PrismaClient, plan: CompiledOperation): Promise<unknown[][]> {
  const parameters = plan.map((field) => ("statement" in field ? field.statement.parameters : []));
  const pending = parameters.flatMap((values) => values.filter((value) => value instanceof TopicIdsOf));
  if (pending.length === 0) return parameters.map((values) => [...values]);
  const slugs = [...new Set(pending.flatMap((lookup) => lookup.slugs))];
  const rows = await db.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  const idsOf = (lookup: TopicIdsOf) => lookup.slugs.flatMap((slug) => idOf.get(slug) ?? []);
  return parameters.map((values) => values.map((value) => (value instanceof TopicIdsOf ? idsOf(value) : value)));
}
