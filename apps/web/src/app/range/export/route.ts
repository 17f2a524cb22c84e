import type { NextRequest } from "next/server";
import { collectEvents } from "../../../lib/export/collect";
import { respondWithExport } from "../../../lib/export/respond";
import { plainText } from "../../../lib/plain-text";
import { truncationNote } from "../../../lib/export/view-export";
import { formatDay } from "../../../lib/format";
import { lastDayOf, readRangeParams } from "../../../lib/range-params";

/** A range's events (up to the export's cap) as a file: /range/export?from=YYYY-MM-DD&to=YYYY-MM-DD&format=…. */
export async function GET(request: NextRequest) {
  const params = readRangeParams(Object.fromEntries(request.nextUrl.searchParams));
  if (!params) return plainText(404, "A range runs from one day to a later one, both written YYYY-MM-DD.");
  const lastDay = lastDayOf(params);
  return respondWithExport(request, async (client) => {
    // As the range view counts them: the events whose local date falls in the range.
    const { nodes, totalCount } = await collectEvents(client, { from: params.from, to: params.to });
    return {
      fileName: `${params.from}-to-${lastDay}`,
      title: `${formatDay(params.from)} to ${formatDay(lastDay)}`,
      records: { kind: "events", events: nodes },
      truncation: truncationNote(nodes.length, totalCount, "events"),
    };
  });
}
