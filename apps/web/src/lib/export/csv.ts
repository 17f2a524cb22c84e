import type { EventCardFragment } from "@parley/schema";

const columns = [
  "event_slug",
  "event_title",
  "event_kind",
  "event_status",
  "starts_at",
  "time_precision",
  "time_zone",
  "order_in_day",
  "place",
  "statement_slug",
  "speaker",
  "statement_kind",
  "text",
  "source",
  "excerpt_start",
  "excerpt_end",
] as const;

type Row = Record<(typeof columns)[number], string | number>;

/** RFC 4180: quote every field, double the quotes inside. */
const field = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;

function eventFields(event: EventCardFragment) {
  return {
    event_slug: event.slug,
    event_title: event.title,
    event_kind: event.kind,
    event_status: event.status,
    starts_at: event.startsAt,
    time_precision: event.timePrecision,
    time_zone: event.timeZone,
    order_in_day: event.orderInDay,
    place: event.place?.name ?? "",
  };
}

const noStatement: Omit<Row, keyof ReturnType<typeof eventFields>> = { statement_slug: "", speaker: "", statement_kind: "", text: "", source: "", excerpt_start: "", excerpt_end: "" };

/** A day's events as CSV: one row per statement, with its event's columns; an event with none has one row of its own. */
export function toCsv(events: EventCardFragment[]): string {
  const rows = events.flatMap((event): Row[] => {
    const statements = event.statements.edges.map(({ node }): Row => ({
      ...eventFields(event),
      statement_slug: node.slug,
      speaker: node.speaker.name,
      statement_kind: node.kind,
      text: node.text,
      source: node.excerpt.source.slug,
      excerpt_start: node.excerpt.start,
      excerpt_end: node.excerpt.end,
    }));
    return statements.length > 0 ? statements : [{ ...eventFields(event), ...noStatement }];
  });
  return [columns.join(","), ...rows.map((row) => columns.map((column) => field(row[column])).join(","))].join("\r\n") + "\r\n";
}
