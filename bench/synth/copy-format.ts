/** Rows in PostgreSQL's COPY text format: tab-separated, `\N` for null, backslash escapes. */

const DAY_MS = 86_400_000;

export type Value = string | number | null;

const special = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Most values (ids, slugs, dates, short texts) need no escaping: a plain loop finds that faster than a regular expression. */
function needsEscape(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 92 || code === 9 || code === 10 || code === 13) return true;
  }
  return false;
}

function escape(value: string): string {
  return needsEscape(value) ? value.replace(special, (character) => escapes[character]!) : value;
}

/** One COPY line (without its newline). */
export function copyLine(values: readonly Value[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += "\t";
    line += value === null || value === undefined ? "\\N" : typeof value === "number" ? String(value) : escape(value);
  }
  return line;
}

/** Days since 1970-01-01 as an ISO date. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO date as days since 1970-01-01. */
export function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00.000Z`) / DAY_MS);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
let cachedDay = -1;
let cachedDate = "";

/** `new Date(millis).toISOString()`, without making a Date for each of millions of rows. */
export function isoInstant(millis: number): string {
  const day = Math.floor(millis / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = isoDate(day);
  }
  const ms = millis - day * DAY_MS;
  const seconds = Math.floor(ms / 1000);
  const rest = ms - seconds * 1000;
  return `${cachedDate}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${rest < 10 ? "00" : rest < 100 ? "0" : ""}${rest}Z`;
}

export { DAY_MS };
