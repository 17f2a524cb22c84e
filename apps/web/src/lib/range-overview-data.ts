import { AdjacentDaysDocument, type CalendarUnit, EventCountsDocument } from "@parley/schema";
import { BAND_HEIGHT, type RangeOverview } from "./range-overview";
import { scaleLinear, scaleUtc } from "d3-scale";
import { addDays } from "./day";
import type { Cluster } from "./quiet-days";
import { periodStart } from "./range-zoom";
import { periodEnd } from "./range-params";
import { query } from "./rsc-client";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A bar per day over spans up to three years, per month up to fifty, per year beyond. */
function barUnit(from: string, to: string): CalendarUnit {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return days <= 3 * 366 ? "DAY" : days <= 50 * 366 ? "MONTH" : "YEAR";
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "2014" on a year's first day, "Mar" on a month's, "14 Mar" otherwise. */
function tickLabel(date: Date): string {
  if (date.getUTCDate() !== 1) return dayFormat.format(date);
  return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : monthFormat.format(date);
}

/** The band's drawing: a bar per period with events, to a UTC time scale over the span, and its ticks. */
export function drawOverview(from: string, to: string, unit: CalendarUnit, counts: readonly Cluster[]): RangeOverview {
  const x = scaleUtc()
    .domain([new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)])
    .range([0, 1000]);
  const most = Math.max(1, ...counts.map((cluster) => cluster.count));
  const y = scaleLinear().domain([0, most]).range([BAND_HEIGHT, 4]);
  const bars = counts
    .map((cluster) => {
      const start = x(new Date(`${cluster.start}T00:00:00Z`));
      const end =
        unit === "DAY" ? x(new Date(`${addDays(cluster.start, 1)}T00:00:00Z`)) : x(new Date(`${periodEnd(cluster.start, unit)}T00:00:00Z`));
      // At least a pixel's width in a 1,000-wide drawing, so that a lone day shows.
      const width = Math.max(end - start, 1.2);
      return `M${start.toFixed(2)},${BAND_HEIGHT}V${y(cluster.count).toFixed(1)}h${width.toFixed(2)}V${BAND_HEIGHT}Z`;
    })
    .join("");
  const ticks = x.ticks(8).map((date) => ({ x: x(date) / 10, label: tickLabel(date), date: date.toISOString().slice(0, 10) }));
  return { from, to, unit, bars, ticks };
}

/**
 * The band over everything recorded: from the first day with events to the last (found by the
 * days adjacent to the ends of time), widened to the range looked at, and to whole years.
 */
export async function loadOverview(range: { from: string; to: string }): Promise<RangeOverview> {
  const [first, last] = await Promise.all([
    query({ query: AdjacentDaysDocument, variables: { date: "0001-01-01" } }),
    query({ query: AdjacentDaysDocument, variables: { date: "9999-12-31" } }),
  ]);
  const firstDay = first.data.adjacentDays.next ?? range.from;
  const lastDay = last.data.adjacentDays.previous ?? range.from;
  const spanFrom = firstDay < range.from ? firstDay : range.from;
  const spanTo = addDays(lastDay, 1) > range.to ? addDays(lastDay, 1) : range.to;
  // Whole years: the band stays put while the period inside it changes.
  const from = periodStart(spanFrom, "YEAR");
  const to = periodEnd(periodStart(addDays(spanTo, -1), "YEAR"), "YEAR");
  const unit = barUnit(from, to);
  const { data } = await query({ query: EventCountsDocument, variables: { from, to, unit } });
  return drawOverview(from, to, unit, data.eventCounts);
}
