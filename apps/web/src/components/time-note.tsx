import type { TimePrecision } from "@parley/schema";

/** Said once for the day, not on every event and statement: which times the sources leave out. */
export function TimeNote({ precisions }: { precisions: TimePrecision[] }) {
  const untimed = precisions.filter((precision) => precision === "DAY").length;
  if (untimed === 0) return null;
  return (
    <p className="time-note">
      {untimed === precisions.length
        ? "Time of day not reported: the sources give this day's events no clock times, so they are shown in the order the sources establish."
        : "Events marked 1st, 2nd… have no reported time of day: they are shown in the order the sources establish."}
    </p>
  );
}
