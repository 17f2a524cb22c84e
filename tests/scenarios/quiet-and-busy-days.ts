import type { DatasetEvent, DatasetFile } from "@parley/schema";
import { dayAfter, meeting } from "./meetings";

/** The span the scenario fills: 1,200 days from 1 January 2001, years before anything the shipped dataset holds. */
export const quietAndBusyDays = { from: "2001-01-01", to: "2004-04-15", days: 1200 } as const;

/** Every tenth day is busy, with this many events; the others have one each. */
export const busyDayEvents = 8;

/** The scenario's `n`th day (from 0), as YYYY-MM-DD. */
export function scenarioDay(n: number): string {
  return dayAfter(quietAndBusyDays.from, n);
}

/** The title of the quiet day's event, to find it on the page. */
export function quietEventTitle(day: string): string {
  return `Quiet meeting of ${day}`;
}

/**
 * Scenario "quiet and busy days": an event on each of 1,200 days, and eight on every tenth
 * (2,040 events), so that a day-by-day range has more rows than any screen holds, quiet days list
 * their events and busy days stay counts.
 */
export function quietAndBusyDaysDataset(): DatasetFile {
  const events: DatasetEvent[] = [];
  for (let n = 0; n < quietAndBusyDays.days; n++) {
    const day = scenarioDay(n);
    const busy = n % 10 === 9;
    for (let order = 1; order <= (busy ? busyDayEvents : 1); order++) {
      const title = busy ? `Busy meeting ${order} of ${day}` : quietEventTitle(day);
      events.push(meeting(`scenario-${day}-${order}`, title, day, order));
    }
  }
  return { events };
}
