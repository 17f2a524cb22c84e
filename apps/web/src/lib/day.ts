/** The dataset's day: what `/` shows. */
export const FIRST_DAY = "2014-03-14";

const HOUR_MS = 60 * 60 * 1000;

/** True for a real calendar date written YYYY-MM-DD ("2014-02-30" is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const instant = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString().startsWith(value);
}

/**
 * The instants that can fall on `date` somewhere: a place's day starts between UTC+14 and UTC-12,
 * so this window holds every event whose local date is `date`; the page keeps only those.
 */
export function dayWindow(date: string): { from: string; to: string } {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  return { from: new Date(midnight - 14 * HOUR_MS).toISOString(), to: new Date(midnight + 36 * HOUR_MS).toISOString() };
}

/** The week after `date`, from the first instant the next day starts anywhere; the page drops what is still `date` locally. */
export function weekAfter(date: string): { from: string; to: string } {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  return { from: new Date(midnight + 10 * HOUR_MS).toISOString(), to: new Date(midnight + 8 * 24 * HOUR_MS).toISOString() };
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
