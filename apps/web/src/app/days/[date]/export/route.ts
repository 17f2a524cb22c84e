import type { NextRequest } from "next/server";
import { isCalendarDate } from "../../../../lib/day";
import { loadDay } from "../../../../lib/day-data";
import { respondWithExport } from "../../../../lib/export/respond";
import { plainText } from "../../../../lib/plain-text";
import { formatDay } from "../../../../lib/format";

/** A day's events as a file: /days/YYYY-MM-DD/export?format=timelinejs|csv|csv-excel|ics|jsonld. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  if (!isCalendarDate(date)) return plainText(404, `“${date}” is not a day: days are written YYYY-MM-DD.`);
  return respondWithExport(request, async (client) => {
    const day = await loadDay(client, date);
    return {
      fileName: date,
      title: formatDay(date),
      records: { kind: "events", events: day.events },
      truncation: day.truncated ? "This file holds only the day's first 100 events, as its page does." : null,
    };
  });
}
