import { localIsoDate, ordinal } from "./format";

interface DayEvent {
  slug: string;
  title: string;
  orderInDay: number;
  startsAt: string;
  timeZone: string;
}

export interface OrderInDay {
  /** "4th event of the day". */
  position: string;
  /** Events of the same day the sources do not order this one against (they share orderInDay). */
  unorderedWith: string[];
}

/** An event's place in its day, and which of its neighbours the sources leave unordered. */
export function orderInDay(event: DayEvent, others: DayEvent[]): OrderInDay {
  const day = localIsoDate(event.startsAt, event.timeZone);
  const unorderedWith = others
    .filter(
      (other) => other.slug !== event.slug && other.orderInDay === event.orderInDay && localIsoDate(other.startsAt, other.timeZone) === day,
    )
    .map((other) => other.title);
  return { position: `${ordinal(event.orderInDay)} event of the day`, unorderedWith };
}
