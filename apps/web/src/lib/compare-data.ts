import { StatementsDocument } from "@parley/schema";
import type { CompareParams } from "./compare-params";
import { type Choice, isUnsettled, pickActor, pickedSlug, pickTopic } from "./pick";
import { getClient, query } from "./rsc-client";

/**
 * The topic and each compared actor as typed (names, words of names, or slugs), settled to one
 * record where they can be, with each actor's statements on the topic (on every topic when none
 * is given). An actor or topic left unsettled has no statements read for it.
 */
export async function loadComparison({ actors, topic: topicText }: CompareParams) {
  const client = await getClient();
  const [topic, ...speakers] = await Promise.all([pickTopic(client, topicText), ...actors.map((text) => pickActor(client, text))]);
  const topicSlug = pickedSlug(topic);
  const columns = await Promise.all(
    speakers.map(async (picked, index) => {
      const actor: Choice | null = picked.status === "found" ? picked.choice : null;
      if (!actor || isUnsettled(topic)) return { slug: actor?.slug ?? `unsettled-${index}`, picked, actor, statements: [] };
      const { data } = await query({
        query: StatementsDocument,
        variables: { speaker: actor.slug, first: 100, ...(topicSlug && { topic: topicSlug }) },
      });
      return { slug: actor.slug, picked, actor, statements: data.statements.edges.map((edge) => edge.node) };
    }),
  );
  return { topic, columns, settled: !isUnsettled(topic) && columns.every((column) => column.actor) };
}

export type Comparison = Awaited<ReturnType<typeof loadComparison>>;
export type CompareColumn = Comparison["columns"][number];
