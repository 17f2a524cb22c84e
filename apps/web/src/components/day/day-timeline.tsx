import type { EventCardFragment } from "@parley/schema";
import { dayAxis } from "../../lib/day-chart/day-axis";
import { stancesBySlug } from "../../lib/relation-note";
import { DayEvent } from "./day-event";
import { DayFacts, sharedFacts } from "./day-facts";
import { DayStrip } from "./day-strip";

/**
 * A day on its time axis: what all its events share said once, the day drawn across the page, then
 * each place on the axis with its events and their statements, in the order they happened.
 */
export function DayTimeline({ events }: { events: EventCardFragment[] }) {
  const axis = dayAxis(events);
  const { status } = sharedFacts(events);
  const stancesOf = stancesBySlug(events.flatMap((event) => event.statements.edges.map((edge) => edge.node)));
  return (
    <>
      <DayFacts events={events} axisKind={axis.kind} />
      <DayStrip axis={axis} />
      <ol className="day-slots">
        {axis.slots.map((slot) => (
          <li key={slot.key} className={`day-slot${slot.timed ? "" : " day-slot--untimed"}`}>
            <p className="slot-when">
              {slot.timed ? <time dateTime={slot.events[0]!.startsAt}>{slot.label}</time> : <span>{slot.label}</span>}
              {slot.note && <span className="slot-note">{slot.note}</span>}
            </p>
            <div className="slot-events">
              {slot.events.map((event) => (
                <DayEvent key={event.id} event={event} sharedStatus={status} stancesOf={stancesOf} />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
