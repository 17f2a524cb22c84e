import type { NextRequest } from "next/server";
import { dayWindow } from "../../../lib/day";
import { collectEvents } from "../../../lib/export/collect";
import { respondWithExport } from "../../../lib/export/respond";
import { plainText } from "../../../lib/plain-text";
import { truncationNote } from "../../../lib/export/view-export";
import { formatDay, localIsoDate } from "../../../lib/format";
import { lastDayOf, readRangeParams } from "../../../lib/range-params";

/** A range's events (up to the export's cap) as a file: /range/export?from=YYYY-MM-DD&to=YYYY-MM-DD&format=…. */
export async function GET(request: NextRequest) {
  const params = readRangeParams(Object.fromEntries(request.nextUrl.searchParams));
  if (!params) return plainText(404, "A range runs from one day to a later one, both written YYYY-MM-DD.");
  const lastDay = lastDayOf(params);
  return respondWithExport(request, async (client) => {
    // As the range view counts them: the events whose local date falls in the range, read from a
    // window wide enough to hold every time zone's days.
    const { nodes, totalCount } = await collectEvents(client, { from: dayWindow(params.from).from, to: dayWindow(lastDay).to });
    const events = nodes.filter((event) => {
      const day = localIsoDate(event.startsAt, event.timeZone);
      return day >= params.from && day <= lastDay;
    });
    return {
      fileName: `${params.from}-to-${lastDay}`,
      title: `${formatDay(params.from)} to ${formatDay(lastDay)}`,
      records: { kind: "events", events },
      truncation: truncationNote(nodes.length, totalCount, "events"),
    };
  });
}
