import type { EventCardFragment, EventStatus, StatementCardFragment } from "@parley/schema";
import { addDays } from "../day";
import { localIsoDate } from "../format";
import { eventMoment, type Moment, statementMoment } from "./moment";
import type { ViewExport } from "./view-export";

// RFC 5545. An event view's events are VEVENTs; a statement view's statements are, each at the
// moment it was made. A DAY-precise one is an all-day entry on its local date; a timed one starts
// at its instant (in UTC), with no end unless the record has one.

interface CalendarEntry {
  slug: string;
  moment: Moment;
  endsAt: string | null;
  summary: string;
  description: string | null;
  location: string | null;
  status: string | null;
  path: string;
}

const status: Record<EventStatus, string> = { OCCURRED: "CONFIRMED", SCHEDULED: "TENTATIVE", CANCELLED: "CANCELLED" };

/** TEXT values escape backslashes, semicolons, commas and line breaks. */
const text = (value: string) => value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, "\\n");

const utc = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

const compactDate = (isoDate: string) => isoDate.replaceAll("-", "");

/** Lines longer than 75 octets are folded: a line break and a space, never inside a character. */
function fold(line: string): string {
  const pieces: string[] = [];
  let piece = "";
  for (const character of line) {
    if (Buffer.byteLength(piece + character) > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece);
      piece = "";
    }
    piece += character;
  }
  pieces.push(piece);
  return pieces.join("\r\n ");
}

function when({ moment, endsAt }: CalendarEntry): string[] {
  if (moment.precision === "DAY") {
    const day = localIsoDate(moment.at, moment.timeZone);
    return [`DTSTART;VALUE=DATE:${compactDate(day)}`, `DTEND;VALUE=DATE:${compactDate(addDays(day, 1))}`];
  }
  return [`DTSTART:${utc(moment.at)}`, ...(endsAt ? [`DTEND:${utc(endsAt)}`] : [])];
}

const eventEntry = (event: EventCardFragment): CalendarEntry => ({
  slug: event.slug,
  moment: eventMoment(event),
  endsAt: event.endsAt,
  summary: event.title,
  description: event.summary,
  location: event.place?.name ?? null,
  status: status[event.status],
  path: `/events/${event.slug}`,
});

// A direct quote reads in quotation marks; reported speech never looks like one.
const statementEntry = (statement: StatementCardFragment): CalendarEntry => ({
  slug: statement.slug,
  moment: statementMoment(statement),
  endsAt: null,
  summary:
    statement.kind === "DIRECT_QUOTE"
      ? `${statement.speaker.name}: “${statement.text}”`
      : `${statement.speaker.name} (reported): ${statement.text}`,
  description: `${statement.text}\n\nSource: ${statement.excerpt.source.title}${statement.event ? `\nAt: ${statement.event.title}` : ""}`,
  location: null,
  status: null,
  path: `/sources/${statement.excerpt.source.slug}#${statement.slug}`,
});

/** A view's records as an iCalendar file; `origin` makes each entry's URL and UID, the calendar's name and description say what it holds. */
export function toICalendar(view: ViewExport, origin: string, stamp: Date): string {
  const host = new URL(origin).host;
  const entries = view.records.kind === "events" ? view.records.events.map(eventEntry) : view.records.statements.map(statementEntry);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Parley//Timeline//EN",
    "CALSCALE:GREGORIAN",
    // RFC 7986's names, and the older X-WR- ones that most calendar programs read.
    `NAME:${text(view.title)}`,
    `X-WR-CALNAME:${text(view.title)}`,
    ...(view.truncation ? [`DESCRIPTION:${text(view.truncation)}`, `X-WR-CALDESC:${text(view.truncation)}`] : []),
    ...entries.flatMap((entry) => [
      "BEGIN:VEVENT",
      `UID:${entry.slug}@${host}`,
      `DTSTAMP:${utc(stamp.toISOString())}`,
      ...when(entry),
      `SUMMARY:${text(entry.summary)}`,
      ...(entry.description ? [`DESCRIPTION:${text(entry.description)}`] : []),
      ...(entry.location ? [`LOCATION:${text(entry.location)}`] : []),
      ...(entry.status ? [`STATUS:${entry.status}`] : []),
      `URL:${origin}${entry.path}`,
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
