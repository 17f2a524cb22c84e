import type { EventCardFragment } from "@parley/schema";
import { formatClock, ordinal } from "../lib/format";
import type { OrderInDay } from "../lib/order-in-day";

/**
 * Where an event sits on the day's axis: its clock time when the sources give one, else its
 * place in the order they establish (the day view says once that the time is not reported).
 */
export function AxisMark({ event, order }: { event: EventCardFragment; order: OrderInDay }) {
  return (
    <p className="axis-mark">
      {event.timePrecision === "DAY" ? (
        <span>{ordinal(event.orderInDay)}</span>
      ) : (
        <time dateTime={event.startsAt}>{formatClock(event.startsAt, event.timePrecision, event.timeZone)}</time>
      )}
      {order.unorderedWith.length > 0 && (
        <span className="caveat axis-mark-note">{`order against “${order.unorderedWith.join("”, “")}” not reported`}</span>
      )}
    </p>
  );
}
