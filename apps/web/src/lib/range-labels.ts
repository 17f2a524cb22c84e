import type { CalendarUnit } from "@parley/schema";
import { formatDay } from "./format";
import { periodEnd, rangeHref } from "./range-params";

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A cluster's name: "Friday 14 March 2014", "March 2014" or "2014". */
export function clusterLabel(start: string, unit: CalendarUnit): string {
  if (unit === "DAY") return formatDay(start);
  if (unit === "MONTH") return monthYear.format(new Date(`${start}T00:00:00Z`));
  return start.slice(0, 4);
}

/** A day opens its day view; a month or a year zooms in on itself. */
export function clusterHref(start: string, unit: CalendarUnit): string {
  if (unit === "DAY") return `/days/${start}`;
  return rangeHref(start, periodEnd(start, unit), unit === "YEAR" ? "MONTH" : "DAY");
}

/** "1 event", "1,234 events". */
export function eventCountText(count: number): string {
  return count === 1 ? "1 event" : `${count.toLocaleString("en-GB")} events`;
}
