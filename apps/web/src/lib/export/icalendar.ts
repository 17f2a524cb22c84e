import type { EventCardFragment, EventStatus } from "@parley/schema";
import { localIsoDate } from "../format";

// RFC 5545. A DAY-precise event is an all-day event on its local date; a timed one starts at its
// instant (in UTC), with no end unless the record has one.

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

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function when(event: EventCardFragment): string[] {
  if (event.timePrecision === "DAY") {
    const day = localIsoDate(event.startsAt, event.timeZone);
    return [`DTSTART;VALUE=DATE:${compactDate(day)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(day))}`];
  }
  return [`DTSTART:${utc(event.startsAt)}`, ...(event.endsAt ? [`DTEND:${utc(event.endsAt)}`] : [])];
}

/** A day's events as an iCalendar file; `origin` makes each event's URL and UID. */
export function toICalendar(events: EventCardFragment[], origin: string, stamp: Date): string {
  const host = new URL(origin).host;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Parley//Timeline//EN",
    "CALSCALE:GREGORIAN",
    ...events.flatMap((event) => [
      "BEGIN:VEVENT",
      `UID:${event.slug}@${host}`,
      `DTSTAMP:${utc(stamp.toISOString())}`,
      ...when(event),
      `SUMMARY:${text(event.title)}`,
      ...(event.summary ? [`DESCRIPTION:${text(event.summary)}`] : []),
      ...(event.place ? [`LOCATION:${text(event.place.name)}`] : []),
      `STATUS:${status[event.status]}`,
      `URL:${origin}/events/${event.slug}`,
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
