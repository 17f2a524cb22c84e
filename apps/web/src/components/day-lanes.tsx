import type { EventCardFragment } from "@parley/schema";
import { laneActors } from "../lib/lanes";
import { orderInDay } from "../lib/order-in-day";
import { AxisMark } from "./axis-mark";
import { LaneCell } from "./lane-cell";

/**
 * One lane (column) per actor, the events down the side in the order they happened: who acted
 * when, and whom they answered. A table, so a screen reader can move by lane or by event; it
 * scrolls sideways on narrow screens, and takes the keyboard focus to do so.
 */
export function DayLanes({ events }: { events: EventCardFragment[] }) {
  const actors = laneActors(events);
  return (
    <div className="lanes" role="region" aria-labelledby="lanes-caption" tabIndex={0}>
      <table>
        <caption id="lanes-caption">Who took part and what each said, event by event: one column per actor.</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            {actors.map((actor) => (
              <th key={actor.id} scope="col">
                <a href={`/actors/${actor.slug}`}>{actor.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} id={`event-${event.slug}`}>
              <th scope="row">
                <AxisMark event={event} order={orderInDay(event, events)} />
                <a href={`/events/${event.slug}`}>{event.title}</a>
              </th>
              {actors.map((actor) => (
                <td key={actor.id}>
                  <LaneCell event={event} actor={actor} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
