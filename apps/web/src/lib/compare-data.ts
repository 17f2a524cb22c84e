import { ActorDocument, SearchFiltersDocument, StatementsDocument } from "@parley/schema";
import type { CompareParams } from "./compare-params";
import { query } from "./rsc-client";

/** Each compared actor with their statements on the topic (all topics when none is given), and what the form offers. */
export async function loadComparison({ actors, topic }: CompareParams) {
  const [options, ...columns] = await Promise.all([
    query({ query: SearchFiltersDocument }).then((result) => result.data),
    ...actors.map(async (slug) => {
      const [actor, statements] = await Promise.all([
        query({ query: ActorDocument, variables: { slug, first: 0 } }),
        query({ query: StatementsDocument, variables: { speaker: slug, first: 100, ...(topic && { topic }) } }),
      ]);
      return {
        slug,
        actor: actor.data.actor,
        statements: statements.data.statements.edges.map((edge) => edge.node),
      };
    }),
  ]);
  return { options, columns };
}

export type Comparison = Awaited<ReturnType<typeof loadComparison>>;
export type CompareColumn = Comparison["columns"][number];
