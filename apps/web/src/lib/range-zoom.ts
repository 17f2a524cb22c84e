import type { CalendarUnit } from "@parley/schema";

/** The zooms from the widest to the closest: years, then months, then days. */
const zoomOrder: readonly CalendarUnit[] = ["YEAR", "MONTH", "DAY"];

/** The next closer zoom, or null at days. */
export function closerZoom(unit: CalendarUnit): CalendarUnit | null {
  return zoomOrder[zoomOrder.indexOf(unit) + 1] ?? null;
}

/** The next wider zoom, or null at years. */
export function widerZoom(unit: CalendarUnit): CalendarUnit | null {
  const index = zoomOrder.indexOf(unit);
  return index > 0 ? (zoomOrder[index - 1] ?? null) : null;
}

/** The first day of the day, month or year that holds `day` (YYYY-MM-DD). */
export function periodStart(day: string, unit: CalendarUnit): string {
  if (unit === "DAY") return day;
  return unit === "MONTH" ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
}

/** Plural names of the clusters at a zoom, for headings and announcements. */
export const zoomNames: Record<CalendarUnit, string> = { DAY: "days", MONTH: "months", YEAR: "years" };
