import type { EventCardFragment } from "@parley/schema";
import { orderInDay } from "../lib/order-in-day";
import { AxisMark } from "./axis-mark";
import { EventCard } from "./event-card";

/** The day's events down a time axis, in the order they happened, each with its statements folded. */
export function DayAxis({ events }: { events: EventCardFragment[] }) {
  return (
    <ol className="day-axis">
      {events.map((event) => {
        const order = orderInDay(event, events);
        return (
          <li key={event.id} className="day-axis-item">
            <AxisMark event={event} order={order} />
            <EventCard event={event} order={order} headingLevel={3} linkTitle inDayView />
          </li>
        );
      })}
    </ol>
  );
}
