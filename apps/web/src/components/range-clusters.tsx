import type { CalendarUnit, EventCountsQuery } from "@parley/schema";
import { formatDay } from "../lib/format";
import { periodEnd, rangeHref } from "../lib/range-params";

type Cluster = EventCountsQuery["eventCounts"][number];

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function label(start: string, unit: CalendarUnit): string {
  if (unit === "DAY") return formatDay(start);
  if (unit === "MONTH") return monthYear.format(new Date(`${start}T00:00:00Z`));
  return start.slice(0, 4);
}

/** A day opens its day view; a month or a year zooms in on itself. */
function href(start: string, unit: CalendarUnit): string {
  if (unit === "DAY") return `/days/${start}`;
  return rangeHref(start, periodEnd(start, unit), unit === "YEAR" ? "MONTH" : "DAY");
}

/**
 * The range's events clustered by day, month or year: only the periods that have any, each with
 * a bar as long as its share of the busiest one. However many events, the page holds one line per cluster.
 */
export function RangeClusters({ clusters, unit }: { clusters: Cluster[]; unit: CalendarUnit }) {
  const most = Math.max(...clusters.map((cluster) => cluster.count));
  return (
    <ol className="range-clusters">
      {clusters.map((cluster) => (
        <li key={cluster.start}>
          <a href={href(cluster.start, unit)}>{label(cluster.start, unit)}</a>
          <span className="range-bar" style={{ inlineSize: `${(100 * cluster.count) / most}%` }} aria-hidden="true" />
          <span className="range-count">{cluster.count === 1 ? "1 event" : `${cluster.count.toLocaleString("en-GB")} events`}</span>
        </li>
      ))}
    </ol>
  );
}
