import { localIsoDate, ordinal } from "./format";

interface DayEvent {
  slug: string;
  title: string;
  orderInDay: number;
  startsAt: string;
  timeZone: string;
}

export interface OrderInDay {
  /** "4th event of the day", or "4th or 5th event of the day" where the sources leave it open. */
  position: string;
  /** Events of the same day the sources do not order this one against (they share orderInDay). */
  unorderedWith: string[];
}

/**
 * An event's place in its day, counted among the day's events (so two events the sources leave
 * unordered are "4th or 5th", never both "4th"), and which of them the sources leave unordered.
 */
export function orderInDay(event: DayEvent, others: DayEvent[]): OrderInDay {
  const day = localIsoDate(event.startsAt, event.timeZone);
  const sameDay = others.filter((other) => other.slug !== event.slug && localIsoDate(other.startsAt, other.timeZone) === day);
  const before = sameDay.filter((other) => other.orderInDay < event.orderInDay).length;
  const unorderedWith = sameDay.filter((other) => other.orderInDay === event.orderInDay).map((other) => other.title);
  const places = Array.from({ length: unorderedWith.length + 1 }, (_, index) => ordinal(before + 1 + index));
  const position = places.length === 1 ? places[0]! : `${places.slice(0, -1).join(", ")} or ${places[places.length - 1]!}`;
  return { position: `${position} event of the day`, unorderedWith };
}
