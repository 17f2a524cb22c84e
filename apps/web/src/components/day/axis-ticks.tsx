import type { DayAxis } from "../../lib/day-chart/axis";

/** The clock's ticks along a drawing of the day, and the quiet stretches drawn shorter, each marked. */
export function AxisTicks({ axis }: { axis: DayAxis }) {
  return (
    <>
      {axis.ticks.map((tick) => (
        <span key={tick.dateTime} className="axis-tick" style={{ left: `${tick.x}%` }}>
          <time dateTime={tick.dateTime}>{tick.label}</time>
        </span>
      ))}
      {axis.gaps.map((gap) => (
        <span key={gap.from} className="axis-gap" style={{ left: `${gap.from}%`, width: `${gap.to - gap.from}%` }}>
          <span className="axis-gap-label">{`${gap.duration} quiet`}</span>
          <span className="visually-hidden"> (drawn shorter than the clock)</span>
        </span>
      ))}
    </>
  );
}
