import type { DayAxis, PlacedSlot } from "./axis";
import type { SlotEvent } from "./slots";

/** An event's mark on the day's strip, and where its label goes (percent of the width; rows down from the axis). */
export interface StripMark<E extends SlotEvent> {
  event: E;
  slot: PlacedSlot<E>;
  x: number;
  labelX: number;
  labelWidth: number;
  labelRow: number;
}

/** A label's width on a clock axis, where labels must make their own room. */
const CLOCK_LABEL = 15;

/**
 * Each event's mark and label. By order, a slot's events share its stretch side by side and each
 * label takes its share; by the clock, marks sit at their time and labels stack in rows where
 * they would overlap.
 */
export function stripMarks<E extends SlotEvent>(axis: DayAxis<E>): StripMark<E>[] {
  const rowEnds: number[] = [];
  return axis.slots.flatMap((slot) => {
    const share = slot.events.length;
    return slot.events.map((event, index) => {
      if (axis.kind === "order") {
        const width = (slot.band.to - slot.band.from) / share;
        const labelX = slot.band.from + width * index;
        return { event, slot, x: labelX + width / 2, labelX, labelWidth: width, labelRow: 0 };
      }
      const x = slot.x + index * 1.5;
      const labelX = Math.max(0, Math.min(100 - CLOCK_LABEL, x - CLOCK_LABEL / 2));
      let row = rowEnds.findIndex((end) => end <= labelX);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = labelX + CLOCK_LABEL + 0.5;
      return { event, slot, x, labelX, labelWidth: CLOCK_LABEL, labelRow: row };
    });
  });
}
