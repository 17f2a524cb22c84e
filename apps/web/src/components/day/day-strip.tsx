import type { EventCardFragment } from "@parley/schema";
import type { DayAxis } from "../../lib/day-chart/axis";
import { stripMarks } from "../../lib/day-chart/strip";
import { statementKindLabel } from "../../lib/labels";
import { AxisTicks } from "./axis-ticks";

/** Statements a stack shows in one column before starting the next. */
const STACK_HEIGHT = 6;

/**
 * The day drawn: its axis across the page, each event a mark on it (a link to the event below),
 * its statements stacked beside the mark, one square each, shaded by kind. Drawn on the server in
 * HTML placed by percentages, so it reads before any script and fits any width.
 */
export function DayStrip({ axis }: { axis: DayAxis<EventCardFragment> }) {
  const marks = stripMarks(axis);
  const rows = Math.max(1, ...marks.map((mark) => mark.labelRow + 1));
  return (
    <figure className={`day-strip day-strip--${axis.kind}`} style={{ ["--label-rows" as string]: rows }}>
      <figcaption className="visually-hidden">
        The day&apos;s events along its axis, each with as many squares as statements made at it.
      </figcaption>
      <div className="strip-plot">
        <AxisTicks axis={axis} />
        <ol className="strip-marks">
          {marks.map(({ event, slot, x, labelX, labelWidth, labelRow }) => {
            const statements = event.statements.edges.map((edge) => edge.node);
            return (
              <li key={event.id}>
                <a
                  href={`#event-${event.slug}`}
                  className={`strip-mark${slot.timed ? "" : " strip-mark--untimed"}`}
                  style={{ left: `${x}%` }}
                  aria-label={`${slot.label}: ${event.title}, ${statements.length === 1 ? "1 statement" : `${statements.length} statements`}`}
                >
                  <span
                    className="strip-stack"
                    aria-hidden="true"
                    style={{ ["--columns" as string]: Math.ceil(statements.length / STACK_HEIGHT) }}
                  >
                    {statements.map((statement) => (
                      <span
                        key={statement.id}
                        className={`strip-square strip-square--${statement.kind.toLowerCase()}`}
                        title={statementKindLabel[statement.kind]}
                      />
                    ))}
                  </span>
                  <span className="strip-dot" aria-hidden="true" />
                </a>
                <p
                  className="strip-label"
                  aria-hidden="true"
                  style={{ left: `${labelX}%`, width: `${labelWidth}%`, ["--row" as string]: labelRow }}
                >
                  <span className="strip-when">{slot.label}</span> <span className="strip-title">{event.title}</span>
                </p>
              </li>
            );
          })}
        </ol>
        {axis.slots
          .filter((slot) => slot.note)
          .map((slot) => (
            <p key={slot.key} className="strip-bracket" style={{ left: `${slot.band.from}%`, width: `${slot.band.to - slot.band.from}%` }}>
              {slot.note}
            </p>
          ))}
      </div>
    </figure>
  );
}
