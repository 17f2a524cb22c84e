import type { DatasetEvent, DatasetFile } from "@parley/schema";
import { dayAfter, meeting } from "./meetings";

/** The span the scenario fills: 3,700 days from 1 January 2000, years before anything the shipped dataset holds. */
export const spreadDays = { from: "2000-01-01", to: "2010-02-17", days: 3700, events: 10_000 } as const;

/**
 * Scenario "spread days": 10,000 events over 3,700 days, two or three a day, so that a day-by-day
 * range has 3,700 rows and every one of them lists its events: the range view's heaviest reading.
 */
export function spreadDaysDataset(): DatasetFile {
  const events: DatasetEvent[] = [];
  for (let n = 0; n < spreadDays.days; n++) {
    const day = dayAfter(spreadDays.from, n);
    // The events shared out as evenly as whole numbers allow: 2 or 3 a day, 10,000 in all.
    const count = Math.floor(((n + 1) * spreadDays.events) / spreadDays.days) - Math.floor((n * spreadDays.events) / spreadDays.days);
    for (let order = 1; order <= count; order++) {
      events.push(meeting(`spread-${day}-${order}`, `Spread meeting ${order} of ${day}`, day, order));
    }
  }
  return { events };
}
