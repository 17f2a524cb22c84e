import type { EventCardFragment, StatementCardFragment } from "@parley/schema";
import type { ViewRecords } from "./view-export";

// RFC 4180, one row per statement. An event view's rows lead with their event's columns (an
// event with no statement has a row of its own); a statement view's end with their event's slug and title.

const eventColumns = [
  "event_slug",
  "event_title",
  "event_kind",
  "event_status",
  "starts_at",
  "time_precision",
  "time_zone",
  "order_in_day",
  "place",
] as const;

const statementColumns = [
  "statement_slug",
  "speaker",
  "statement_kind",
  "text",
  "source",
  "excerpt_start",
  "excerpt_end",
  "said_at",
  "said_at_precision",
  "speaker_slug",
  "topics",
  "stances",
] as const;

type Fields<Columns extends readonly string[]> = Record<Columns[number], string | number>;

/** Quote every field, double the quotes inside. */
const field = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;

function csvText<Columns extends readonly string[]>(columns: Columns, rows: Fields<Columns>[]): string {
  return (
    [columns.join(","), ...rows.map((row) => columns.map((column: Columns[number]) => field(row[column])).join(","))].join("\r\n") + "\r\n"
  );
}

function eventFields(event: EventCardFragment): Fields<typeof eventColumns> {
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

function statementFields(statement: StatementCardFragment): Fields<typeof statementColumns> {
  return {
    statement_slug: statement.slug,
    speaker: statement.speaker.name,
    statement_kind: statement.kind,
    text: statement.text,
    source: statement.excerpt.source.slug,
    excerpt_start: statement.excerpt.start,
    excerpt_end: statement.excerpt.end,
    said_at: statement.saidAt,
    said_at_precision: statement.timePrecision,
    speaker_slug: statement.speaker.slug,
    topics: statement.topics.map((topic) => topic.slug).join(" "),
    stances: statement.stances.map((stance) => `${stance.position} ${stance.topic.slug}`).join("; "),
  };
}

const noStatement = Object.fromEntries(statementColumns.map((column) => [column, ""])) as Fields<typeof statementColumns>;

function eventRows(events: EventCardFragment[]) {
  const columns = [...eventColumns, ...statementColumns] as const;
  const rows = events.flatMap((event) => {
    const statements = event.statements.edges.map(({ node }) => ({ ...eventFields(event), ...statementFields(node) }));
    return statements.length > 0 ? statements : [{ ...eventFields(event), ...noStatement }];
  });
  return csvText(columns, rows);
}

function statementRows(statements: StatementCardFragment[]) {
  const columns = [...statementColumns, "event_slug", "event_title"] as const;
  const rows = statements.map((statement) => ({
    ...statementFields(statement),
    event_slug: statement.event?.slug ?? "",
    event_title: statement.event?.title ?? "",
  }));
  return csvText(columns, rows);
}

/** A view's records as CSV. */
export function toCsv(records: ViewRecords): string {
  return records.kind === "events" ? eventRows(records.events) : statementRows(records.statements);
}
