import { memo } from "react";
import type { CalendarUnit } from "@parley/schema";
import { formatClock } from "../lib/format";
import type { Cluster } from "../lib/quiet-days";
import { clusterHref, clusterLabel, eventCountText } from "../lib/range-labels";
import type { DayEvents, RangeEvent } from "../lib/use-quiet-day-events";

interface RangeRowProps {
  cluster: Cluster;
  unit: CalendarUnit;
  /** The busiest cluster's count: the bar shows this one's share of it. */
  most: number;
  /** A quiet day's events, when it lists them. */
  events?: DayEvents;
}

function EventLine({ event }: { event: RangeEvent }) {
  const time = event.timePrecision === "DAY" ? null : formatClock(event.startsAt, event.timePrecision, event.timeZone);
  return (
    <li>
      {time && <span className="range-event-time">{time}</span>}
      <a href={`/events/${event.slug}`}>{event.title}</a>
    </li>
  );
}

/** What a quiet day says under its name: its events, or why they are not there yet. */
function DayEventList({ events }: { events: DayEvents }) {
  if (typeof events === "string") {
    return (
      <p className="range-events-note">
        {events === "loading" ? "Loading its events…" : "Its events could not be loaded: open the day to read them."}
      </p>
    );
  }
  return (
    <ul className="range-events">
      {events.map((event) => (
        <EventLine key={event.id} event={event} />
      ))}
    </ul>
  );
}

/**
 * One day, month or year of the range: its name (a link closer in), a bar for its share, its count,
 * and a quiet day's events. Memoised: a scrolling list renders again at every step, its rows need not.
 */
export const RangeRow = memo(function RangeRow({ cluster, unit, most, events }: RangeRowProps) {
  return (
    <>
      <div className="range-row">
        <a href={clusterHref(cluster.start, unit)} className="range-link">
          {clusterLabel(cluster.start, unit)}
        </a>
        <span className="range-bar" style={{ inlineSize: `${(100 * cluster.count) / most}%` }} aria-hidden="true" />
        <span className="range-count">{eventCountText(cluster.count)}</span>
      </div>
      {events && <DayEventList events={events} />}
    </>
  );
});
