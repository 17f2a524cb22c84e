import type { TimePrecision } from "@parley/schema";
import { formatClock, ordinal } from "../format";

/** What the day's drawing needs of an event. */
export interface SlotEvent {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  endsAt?: string | null;
  timePrecision: TimePrecision;
  timeZone: string;
  orderInDay: number;
}

/**
 * A place on the day's axis: one event, or several the sources put at the same place (the same
 * clock time, or the same step of the order with no word on which came first).
 */
export interface Slot<E extends SlotEvent = SlotEvent> {
  key: string;
  events: E[];
  /** Placed by a clock time (else by the order the sources establish). */
  timed: boolean;
  /** The first instant of the slot, for a timed one. */
  at: number | null;
  /** "09:30 GMT", "1st", or "4th–5th" where two events share a step in an order the sources leave open. */
  label: string;
  /** Said where several events share the slot: why they are drawn together. */
  note: string | null;
}

const timed = (event: SlotEvent) => event.timePrecision !== "DAY";

/** Events (in the order they happened, as the API returns them) grouped into the axis's places. */
export function daySlots<E extends SlotEvent>(events: E[]): Slot<E>[] {
  const groups: E[][] = [];
  for (const event of events) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    const together =
      previous !== undefined &&
      timed(previous) === timed(event) &&
      (timed(event) ? previous.startsAt === event.startsAt : previous.orderInDay === event.orderInDay);
    if (together) last!.push(event);
    else groups.push([event]);
  }
  let before = 0;
  return groups.map((group) => {
    const first = group[0]!;
    const step = (n: number) => ordinal(before + n);
    const label = timed(first)
      ? formatClock(first.startsAt, first.timePrecision as Exclude<TimePrecision, "DAY">, first.timeZone)
      : group.length === 1
        ? step(1)
        : `${step(1)}–${step(group.length)}`;
    const note =
      group.length === 1 ? null : timed(first) ? "at the same reported time" : "the sources do not say in which order these came";
    before += group.length;
    return {
      key: group.map((event) => event.id).join(" "),
      events: group,
      timed: timed(first),
      at: timed(first) ? Date.parse(first.startsAt) : null,
      label,
      note,
    };
  });
}
