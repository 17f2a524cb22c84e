import type { ActorQuery } from "@parley/schema";
import { eventKindLabel, eventStatusLabel } from "../lib/labels";
import { Timestamp } from "./timestamp";

type ActorEvent = NonNullable<ActorQuery["actor"]>["events"]["edges"][number]["node"];

/** The events an actor took part in, in the order they happened, each linked to its page. */
export function ActorEvents({ events }: { events: ActorEvent[] }) {
  if (events.length === 0) return <p className="empty">No events with this actor are recorded.</p>;
  return (
    <ol className="actor-events">
      {events.map((event) => (
        <li key={event.id}>
          <a href={`/events/${event.slug}`}>{event.title}</a>
          <span className="caveat">
            {" "}
            · {eventKindLabel[event.kind]} · <Timestamp iso={event.startsAt} precision={event.timePrecision} timeZone={event.timeZone} /> ·{" "}
            {eventStatusLabel[event.status]}
          </span>
        </li>
      ))}
    </ol>
  );
}
