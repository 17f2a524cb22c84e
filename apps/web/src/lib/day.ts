/** The dataset's day: what `/` shows. */
export const FIRST_DAY = "2014-03-14";

const DAY_MS = 24 * 60 * 60 * 1000;

/** True for a real calendar date written YYYY-MM-DD ("2014-02-30" is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const instant = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString().startsWith(value);
}

/** The calendar date `days` days after `date` (before it when negative), both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The address of a day in a view: `/` for the dataset's day, the lanes as `?view=lanes`. */
export function dayHref(date: string, view: DayViewKind): string {
  const path = date === FIRST_DAY ? "/" : `/days/${date}`;
  return view === "lanes" ? `${path}?view=lanes` : path;
}

export type DayViewKind = "axis" | "lanes";

/** The view a `?view=` parameter asks for; the time axis unless it says lanes. */
export function dayViewKind(view: string | string[] | undefined): DayViewKind {
  return view === "lanes" ? "lanes" : "axis";
}
