import { ActorNameDocument } from "@parley/schema";
import type { NextRequest } from "next/server";
import { collectStatements } from "../../../../lib/export/collect";
import { respondWithExport } from "../../../../lib/export/respond";
import { truncationNote } from "../../../../lib/export/view-export";

/** An actor's statements as a file: /actors/[slug]/export?format=timelinejs|csv|csv-excel|ics|jsonld. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondWithExport(
    request,
    async (client) => {
      const { actor } = (await client.query({ query: ActorNameDocument, variables: { slug } })).data;
      if (!actor) return null;
      const { nodes, totalCount } = await collectStatements(client, { speaker: actor.slug });
      return {
        fileName: actor.slug,
        title: `Statements by ${actor.name}`,
        records: { kind: "statements", statements: nodes },
        truncation: truncationNote(nodes.length, totalCount, "statements"),
      };
    },
    `No actor is recorded as “${slug}”.`,
  );
}
