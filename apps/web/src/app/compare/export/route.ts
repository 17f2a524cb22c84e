import { ActorNameDocument, type StatementCardFragment, TopicDocument } from "@parley/schema";
import type { NextRequest } from "next/server";
import { readCompareParams } from "../../../lib/compare-params";
import { collectStatements } from "../../../lib/export/collect";
import { respondWithExport } from "../../../lib/export/respond";
import { plainText } from "../../../lib/plain-text";
import { MOST_EXPORTED, truncationNote } from "../../../lib/export/view-export";

/** The compared actors' statements on the topic, actor after actor, as a file: /compare/export?actors=a,b&topic=t&format=…. */
export async function GET(request: NextRequest) {
  const { actors, topic } = readCompareParams({ actors: request.nextUrl.searchParams.getAll("actors"), topic: request.nextUrl.searchParams.get("topic") ?? "" });
  if (actors.length < 2) return plainText(400, "Nothing to compare: name two or more actors (actors=slug,slug).");
  return respondWithExport(
    request,
    async (client) => {
      const [named, ...speakers] = await Promise.all([
        topic ? client.query({ query: TopicDocument, variables: { slug: topic } }).then(({ data }) => data.topic) : null,
        ...actors.map(async (slug) => (await client.query({ query: ActorNameDocument, variables: { slug } })).data.actor),
      ]);
      if ((topic && !named) || speakers.some((speaker) => !speaker)) return null;
      const statements: StatementCardFragment[] = [];
      let total = 0;
      // One budget for the whole comparison, spent actor by actor in the order the address gives.
      for (const slug of actors) {
        const { nodes, totalCount } = await collectStatements(client, { speaker: slug, ...(topic && { topic }) }, MOST_EXPORTED - statements.length);
        statements.push(...nodes);
        total += totalCount;
      }
      const names = speakers.map((speaker) => speaker?.name).join(", ");
      return {
        fileName: `compare-${actors.join("-")}${topic && `-on-${topic}`}`,
        title: named ? `${names} on ${named.name}` : names,
        records: { kind: "statements", statements },
        truncation: truncationNote(statements.length, total, "statements"),
      };
    },
    `One of “${actors.join("”, “")}” is not a recorded actor, or “${topic}” not a recorded topic.`,
  );
}
