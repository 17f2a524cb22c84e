import type { TimePrecision } from "@parley/schema";
import { dateTimeFormat } from "./date-formats";

// Dates are written the British way ("Friday 14 March 2014"), as the sources are.
const LOCALE = "en-GB";

function dayParts(instant: Date, timeZone: string) {
  const parts = dateTimeFormat(LOCALE, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return { weekday: part("weekday"), day: part("day"), month: part("month"), year: part("year") };
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD (a valid `<time>` value). */
export function localIsoDate(iso: string, timeZone: string): string {
  // en-CA writes numeric dates as YYYY-MM-DD.
  return dateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(new Date(iso));
}

const clockOptions: Record<Exclude<TimePrecision, "DAY">, Intl.DateTimeFormatOptions> = {
  HOUR: { hour: "2-digit", minute: "2-digit" },
  MINUTE: { hour: "2-digit", minute: "2-digit" },
  SECOND: { hour: "2-digit", minute: "2-digit", second: "2-digit" },
};

export interface FormattedTime {
  /** For `<time dateTime>`: a date when only the day is known, else the instant. */
  dateTime: string;
  /** "Friday 14 March 2014", or with the clock time when it is known. */
  text: string;
  /** What the sources leave unsaid about the time, if anything. */
  caveat: string | null;
}

/** A clock time to its precision, in a time zone, with the zone's short name: "14:00 GMT". */
export function formatClock(iso: string, precision: Exclude<TimePrecision, "DAY">, timeZone: string): string {
  return dateTimeFormat(LOCALE, { ...clockOptions[precision], timeZone, timeZoneName: "short" }).format(new Date(iso));
}

/** An event's or statement's time, as precisely as it is known, in the place's own time zone. */
export function formatTime(iso: string, precision: TimePrecision, timeZone: string): FormattedTime {
  const date = formatDay(localIsoDate(iso, timeZone));
  if (precision === "DAY") {
    return { dateTime: localIsoDate(iso, timeZone), text: date, caveat: "time of day not reported" };
  }
  return {
    dateTime: new Date(iso).toISOString(),
    text: `${date}, ${formatClock(iso, precision, timeZone)}`,
    caveat: precision === "HOUR" ? "to the nearest hour" : null,
  };
}

/** A calendar date (YYYY-MM-DD) with its weekday: "Friday 14 March 2014". */
export function formatDay(isoDate: string): string {
  const { weekday, day, month, year } = dayParts(new Date(`${isoDate}T00:00:00Z`), "UTC");
  return `${weekday} ${day} ${month} ${year}`;
}

/** A calendar date (YYYY-MM-DD, no time zone) such as a publication date: "14 March 2014". */
export function formatCalendarDate(isoDate: string): string {
  // The date is a calendar day, so read and write it in UTC to keep the day unchanged.
  return dateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const suffixes: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
  return `${n}${suffixes[new Intl.PluralRules("en-GB", { type: "ordinal" }).select(n)] ?? "th"}`;
}

/** Shortens long text at a word boundary, for quoting another statement in passing. */
export function truncate(text: string, maxLength = 140): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.–—-]+$/u, "")}…`;
}
