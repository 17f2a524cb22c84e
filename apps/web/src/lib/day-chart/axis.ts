import { clockScale, clockTicks, durationText, MINUTE } from "./clock";
import type { Slot, SlotEvent } from "./slots";

/** A slot placed on the axis, in percent of the drawing's width. */
export interface PlacedSlot<E extends SlotEvent = SlotEvent> extends Slot<E> {
  /** Where its mark sits. */
  x: number;
  /** The stretch its statements may spread over, from its mark rightwards. */
  spread: number;
  /** The stretch of the axis that is the slot's own: by order, its share of the width; by the clock, its mark and spread. */
  band: { from: number; to: number };
}

export interface AxisTick {
  x: number;
  /** "14:00", in the day's time zone. */
  label: string;
  dateTime: string;
}

/** A long quiet stretch drawn shorter than the clock would, and marked as such. */
export interface AxisGap {
  from: number;
  to: number;
  /** "6 h 30 min". */
  duration: string;
}

export interface DayAxis<E extends SlotEvent = SlotEvent> {
  /** "clock" where every event has a time, "order" where none has, "mixed" otherwise. */
  kind: "clock" | "order" | "mixed";
  slots: PlacedSlot<E>[];
  ticks: AxisTick[];
  gaps: AxisGap[];
}

/** Room left at each end, so that marks and labels at the ends are not cut. */
const EDGE = 3;
/** Where some events have no clock time, the share of the width each of them takes before or after the timed ones. */
const UNTIMED_STEP = 8;

/**
 * Slots placed in the order the sources establish, each as wide as the marks it must hold (`need`,
 * at least two): an order says nothing of the time between, so the width goes where the content is.
 */
function placeByOrder<E extends SlotEvent>(slots: Slot<E>[], need: (slot: Slot<E>) => number, from: number, to: number): PlacedSlot<E>[] {
  const widths = slots.map((slot) => Math.max(2, need(slot)));
  const unit = (to - from) / widths.reduce((sum, width) => sum + width, 0);
  let start = from;
  return slots.map((slot, index) => {
    const width = widths[index]! * unit;
    const placed = { ...slot, x: start + unit * 0.5, spread: width - unit, band: { from: start, to: start + width } };
    start += width;
    return placed;
  });
}

/**
 * The day's axis: clock times drawn to scale where the sources give them (long quiet stretches
 * drawn shorter and marked), the order the sources establish where they give none.
 */
export function placeSlots<E extends SlotEvent>(slots: Slot<E>[], need: (slot: Slot<E>) => number): DayAxis<E> {
  const timedSlots = slots.filter((slot) => slot.timed);
  if (timedSlots.length === 0) return { kind: "order", slots: placeByOrder(slots, need, EDGE, 100 - EDGE), ticks: [], gaps: [] };

  const firstTimed = slots.indexOf(timedSlots[0]!);
  const lastTimed = slots.indexOf(timedSlots[timedSlots.length - 1]!);
  const left = EDGE + firstTimed * UNTIMED_STEP;
  const right = 100 - EDGE - (slots.length - 1 - lastTimed) * UNTIMED_STEP;
  const instants = timedSlots.map((slot) => slot.at!);
  const ends = timedSlots.flatMap((slot) => slot.events.map((event) => Date.parse(event.endsAt ?? event.startsAt) || slot.at!));
  const { scale, segments } = clockScale(instants, Math.max(...ends, ...instants) + 30 * MINUTE, left, right);

  const x = slots.map((slot) => (slot.timed ? scale(new Date(slot.at!)) : Number.NaN));
  // Events without a clock time sit between their timed neighbours, evenly, in the sources' order.
  for (let index = 0; index < slots.length; index++) {
    if (!Number.isNaN(x[index]!)) continue;
    let next = index;
    while (next < slots.length && Number.isNaN(x[next]!)) next++;
    const before = index === 0 ? EDGE : x[index - 1]!;
    const after = next === slots.length ? 100 - EDGE : x[next]!;
    const run = next - index;
    const open = (index === 0 ? 0 : 1) + (next === slots.length ? 0 : 1);
    for (let step = 0; step < run; step++)
      x[index + step] = before + ((after - before) * (step + (index === 0 ? 0 : 1))) / Math.max(1, run - 1 + open);
    index = next - 1;
  }
  const placed = slots.map((slot, index) => {
    const nextX = x[index + 1] ?? 100 - EDGE;
    const spread = Math.max(0, Math.min(nextX - x[index]! - 1.5, 12));
    return { ...slot, x: x[index]!, spread, band: { from: x[index]!, to: x[index]! + spread } };
  });
  const timeZone = timedSlots[0]!.events[0]!.timeZone;
  const gaps = segments
    .filter((segment) => segment.quiet)
    .map((segment) => ({ from: segment.x0, to: segment.x1, duration: durationText(segment.to - segment.from) }));
  return { kind: timedSlots.length === slots.length ? "clock" : "mixed", slots: placed, ticks: clockTicks(segments, timeZone), gaps };
}
