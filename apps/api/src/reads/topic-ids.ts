import type { PrismaClient } from "@parley/db";
import { topicIdsBySlug, TopicIdsOf } from "../services/topics";
import type { CompiledOperation } from "./compile-operation";

/**
 * The parameters of each of an operation's statements, with the topic ids its
 * filters name by slug read now (services/topics.ts says why by id, and why
 * not when planned): those of all the operation's statements in one query, and
 * only when one filters by a topic. Otherwise the plan's own parameters, as they are.
 */
export async function parametersWithTopicIds(db: PrismaClient, plan: CompiledOperation): Promise<(readonly unknown[])[]> {
  const parameters = plan.map((field) => ("statement" in field ? field.statement.parameters : []));
  const pending = parameters.flatMap((values) => values.filter((value) => value instanceof TopicIdsOf));
  if (pending.length === 0) return parameters;
  const idOf = await topicIdsBySlug(db, [...new Set(pending.flatMap((lookup) => lookup.slugs))]);
  const idsOf = (lookup: TopicIdsOf) => lookup.slugs.flatMap((slug) => idOf.get(slug) ?? []);
  return parameters.map((values) => values.map((value) => (value instanceof TopicIdsOf ? idsOf(value) : value)));
}
