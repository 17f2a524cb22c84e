import type { EventCardFragment } from "@parley/schema";
import { eventStatusLabel } from "../../lib/labels";
import { formatCalendarDate } from "../../lib/format";
import type { DayAxis } from "../../lib/day-chart/axis";

/** What every event of the day shares, said once: how its times are known, its one source, its status. */
export function sharedFacts(events: EventCardFragment[]) {
  const sources = new Map(
    events.flatMap((event) => event.statements.edges.map((edge) => [edge.node.excerpt.source.slug, edge.node.excerpt.source] as const)),
  );
  const statuses = new Set(events.map((event) => event.status));
  return {
    source: sources.size === 1 ? [...sources.values()][0]! : null,
    status: statuses.size === 1 ? [...statuses][0]! : null,
  };
}

const timing: Record<DayAxis["kind"], string> = {
  order: "No clock times reported: the events are drawn in the order the source establishes.",
  clock: "Drawn to the clock; long quiet stretches are drawn shorter, and marked.",
  mixed: "Drawn to the clock where the sources give times; events without one (hollow marks) sit where the sources' order puts them.",
};

/** The facts the day's events all share, said once above them instead of on every card. */
export function DayFacts({ events, axisKind }: { events: EventCardFragment[]; axisKind: DayAxis["kind"] }) {
  const { source, status } = sharedFacts(events);
  return (
    <dl className="day-facts">
      <div>
        <dt>Times</dt>
        <dd>{timing[axisKind]}</dd>
      </div>
      {source && (
        <div>
          <dt>Source of every statement</dt>
          <dd>
            <cite>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</cite>
            {source.publisher && `, ${source.publisher}`}
            {", published "}
            <time dateTime={source.publishedOn}>{formatCalendarDate(source.publishedOn)}</time>
            {" · "}
            <a href={`/sources/${source.slug}`}>read it in full</a>
          </dd>
        </div>
      )}
      {status && (
        <div>
          <dt>Status</dt>
          <dd>{`${eventStatusLabel[status]}, every event, as the sources report`}</dd>
        </div>
      )}
    </dl>
  );
}
