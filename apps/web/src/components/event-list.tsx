import type { EventCardFragment } from "@parley/schema";
import { orderInDay } from "../lib/order-in-day";
import { EventCard } from "./event-card";
import type { HeadingLevel } from "./heading";

interface EventListProps {
  /** In the order the API returns them, which is the order they happened in. */
  events: EventCardFragment[];
  headingLevel: HeadingLevel;
}

/** A run of events, each saying where the sources leave its order against a neighbour open. */
export function EventList({ events, headingLevel }: EventListProps) {
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} order={orderInDay(event, events)} headingLevel={headingLevel} linkTitle />
        </li>
      ))}
    </ol>
  );
}
