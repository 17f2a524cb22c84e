import type { CalendarUnit } from "@parley/schema";
import { addDays, isCalendarDate } from "./day";

type RawParams = Record<string, string | string[] | undefined>;

export interface RangeParams {
  /** First day of the range (inclusive), YYYY-MM-DD. */
  from: string;
  /** Day after the range (exclusive). */
  to: string;
  zoom: CalendarUnit;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const zooms: Record<string, CalendarUnit> = { day: "DAY", month: "MONTH", year: "YEAR" };

/**
 * The zoom that keeps a range to a readable number of clusters: days up to half a year (a period
 * picked on the band shows its sequence), months up to three years.
 */
function fittingZoom(from: string, to: string): CalendarUnit {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (days <= 186) return "DAY";
  return days <= 3 * 366 ? "MONTH" : "YEAR";
}

/** The range the address asks for, the year of the dataset by default; null when a date is not one or the range is empty. */
export function readRangeParams(raw: RawParams): RangeParams | null {
  const from = typeof raw.from === "string" ? raw.from : "2014-01-01";
  const to = typeof raw.to === "string" ? raw.to : "2015-01-01";
  if (!isCalendarDate(from) || !isCalendarDate(to) || from >= to) return null;
  const zoom = typeof raw.zoom === "string" ? zooms[raw.zoom] : undefined;
  return { from, to, zoom: zoom ?? fittingZoom(from, to) };
}

/** The last day of a range: the day before its (exclusive) end. */
export function lastDayOf(params: RangeParams): string {
  return addDays(params.to, -1);
}

/** The address of a range at a zoom. */
export function rangeHref(from: string, to: string, zoom: CalendarUnit): string {
  return `/range?from=${from}&to=${to}&zoom=${zoom.toLowerCase()}`;
}

/** The first day after the month or year that starts on `start`. */
export function periodEnd(start: string, unit: Exclude<CalendarUnit, "DAY">): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (unit === "MONTH") date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}
