import type { NextRequest } from "next/server";
import { isCalendarDate } from "../../../../lib/day";
import { loadDay } from "../../../../lib/day-data";
import { toCsv } from "../../../../lib/export/csv";
import { toICalendar } from "../../../../lib/export/icalendar";
import { toTimelineJs } from "../../../../lib/export/timelinejs";
import { loadFromApi } from "../../../../lib/load-from-api";
import { originOf } from "../../../../lib/origin";
import { makeServerClient } from "../../../../lib/server-client";

type Events = Parameters<typeof toCsv>[0];

const formats: Record<string, { type: string; extension: string; write: (events: Events, date: string, origin: string) => string }> = {
  timelinejs: { type: "application/json", extension: "json", write: (events, date) => JSON.stringify(toTimelineJs(events, date), null, 2) },
  csv: { type: "text/csv; charset=utf-8", extension: "csv", write: (events) => toCsv(events) },
  ics: { type: "text/calendar; charset=utf-8", extension: "ics", write: (events, _date, origin) => toICalendar(events, origin, new Date()) },
};

const plain = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** A day's events as a file: /days/YYYY-MM-DD/export?format=timelinejs|csv|ics. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  if (!isCalendarDate(date)) return plain(404, `“${date}” is not a day: days are written YYYY-MM-DD.`);
  const formatName = request.nextUrl.searchParams.get("format") ?? "";
  const format = formats[formatName];
  if (!format) return plain(400, `Unknown format “${formatName}”: ask for ${Object.keys(formats).join(", ")}.`);
  const loaded = await loadFromApi(() => loadDay(makeServerClient(), date));
  if (loaded.status !== "found") return new Response("The Parley API could not be reached.\n", { status: 503, headers: { "retry-after": "10" } });
  return new Response(format.write(loaded.data.events, date, originOf(request.headers)), {
    headers: {
      "content-type": format.type,
      "content-disposition": `attachment; filename="parley-${date}.${format.extension}"`,
    },
  });
}
