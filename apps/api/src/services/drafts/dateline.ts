/** What a wire story's opening dateline says: "LONDON (Reuters) -", "NEW YORK, March 14 (AP) —". */
export interface Dateline {
  /** The place, as a name ("London", "New York"). */
  place: string;
  /** The day it names, when it names one (month 1-12, day of month). */
  monthDay?: { month: number; day: number };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// A place in capitals (words, dots, apostrophes, hyphens), an optional ", Month day", then the agency in
// brackets or a dash, at the very start of the text.
const DATELINE = /^\s*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})(?:, ([A-Z][a-z]{2,8})\.? (\d{1,2}))?(?: \([^)\n]{1,40}\))? ?[-–—]/;

const titleCase = (words: string) =>
  words
    .toLowerCase()
    .split(" ")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

/** The dateline the text opens with, if it opens with one. */
export function readDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const place = titleCase(match[1]!);
  const month = match[2] ? MONTHS.indexOf(match[2].slice(0, 3).toLowerCase()) + 1 : 0;
  const day = match[3] ? Number(match[3]) : 0;
  return month > 0 && day >= 1 && day <= 31 ? { place, monthDay: { month, day } } : { place };
}

/**
 * The IANA time zone named after a place ("London" → "Europe/London", "New
 * York" → "America/New_York"), from the runtime's own list of zones; null
 * for a place no zone is named after.
 */
export function timeZoneOfPlace(place: string): string | null {
  const city = place.replace(/ /g, "_").toLowerCase();
  return Intl.supportedValuesOf("timeZone").find((zone) => zone.split("/").pop()!.toLowerCase() === city) ?? null;
}

/** The day a dateline's "March 14" names, in the year of the publication (or the year before, for a day after it). */
export function datelineDay(monthDay: { month: number; day: number }, publishedOn: Date): string | null {
  const year = publishedOn.getUTCFullYear();
  const candidate = new Date(Date.UTC(year, monthDay.month - 1, monthDay.day));
  if (candidate.getUTCMonth() !== monthDay.month - 1) return null;
  if (candidate > publishedOn) candidate.setUTCFullYear(year - 1);
  return candidate.toISOString().slice(0, 10);
}
