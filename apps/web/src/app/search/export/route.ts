import type { NextRequest } from "next/server";
import { collectStatements } from "../../../lib/export/collect";
import { respondWithExport } from "../../../lib/export/respond";
import { truncationNote } from "../../../lib/export/view-export";
import { plainText } from "../../../lib/plain-text";
import { settleSearch } from "../../../lib/search-data";
import { isBlank, readSearchParams, searchFilters } from "../../../lib/search-params";

/** Every statement a search matches (up to the export's cap) as a file: /search/export?q=…&actor=…&kind=…&topic=…&format=…. */
export async function GET(request: NextRequest) {
  const params = readSearchParams(Object.fromEntries(request.nextUrl.searchParams));
  if (isBlank(params)) return plainText(400, "Nothing to export: give words (q) or a speaker, kind or topic to search by.");
  return respondWithExport(
    request,
    async (client) => {
      const { filters, title, unsettled } = await settleSearch(client, params);
      if (unsettled) return null;
      const { nodes, totalCount } = await collectStatements(client, searchFilters(filters));
      return {
        fileName: "search",
        title,
        records: { kind: "statements", statements: nodes },
        truncation: truncationNote(nodes.length, totalCount, "matching statements"),
      };
    },
    `The speaker or topic asked for (“${[params.actor, params.topic].filter(Boolean).join("”, “")}”) fits no one recorded actor or topic.`,
  );
}
