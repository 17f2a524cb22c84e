import type { EventCardFragment } from "@parley/schema";
import type { ReactNode } from "react";
import { type Lane, type LaneMark as Mark, type LanesChart, lanesChart } from "../../lib/day-chart/lanes";
import { stripMarks } from "../../lib/day-chart/strip";
import { participantRoleLabel } from "../../lib/labels";
import { AxisTicks } from "./axis-ticks";
import { DismissibleCards } from "./dismissible-cards";
import { LaneLines } from "./lane-lines";
import { LaneMark } from "./lane-mark";
import { LanesByActor } from "./lanes-by-actor";
import { LanesLegend } from "./lanes-legend";
import { LanesTable } from "./lanes-table";

/** The height of the "+N more" line between the open lanes and the folded ones, in pixels (CSS sets the same). */
const FOLD_LINE = 44;

function LaneRows({ lanes }: { lanes: Lane[] }) {
  return (
    <ul className="lane-rows" aria-hidden="true">
      {lanes.map((lane) => (
        <li key={lane.actor.id} className="lane-row" style={{ top: `${lane.top}px`, height: `${lane.height}px` }}>
          <span className="lane-name">{lane.actor.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** The marks of some lanes, in the order the keyboard reaches them, and the rings of those who took part silently. */
function LanePlot({ chart, folded, children }: { chart: LanesChart; folded: boolean; children?: ReactNode }) {
  const marks = chart.marks.filter((mark) => mark.lane.folded === folded);
  return (
    <div className="lane-plot">
      {chart.axis.slots.map((slot, index) => (
        <span
          key={slot.key}
          className={`lane-band lane-band--${index % 2}`}
          style={{ left: `${slot.band.from}%`, width: `${slot.band.to - slot.band.from}%` }}
        />
      ))}
      {chart.axis.gaps.map((gap) => (
        <span key={gap.from} className="lane-gap" style={{ left: `${gap.from}%`, width: `${gap.to - gap.from}%` }} />
      ))}
      {children}
      {chart.attendances
        .filter((attendance) => attendance.lane.folded === folded)
        .map((attendance) => (
          <span
            key={`${attendance.lane.actor.id}-${attendance.event.id}`}
            className="lane-attendance"
            style={{ left: `${attendance.x}%`, top: `${attendance.y}px` }}
            title={`${attendance.lane.actor.name}: ${participantRoleLabel[attendance.role]} at ${attendance.event.title}`}
          />
        ))}
      <ol className="lane-marks">
        {marks.map((mark) => (
          <LaneMark key={mark.statement.id} mark={mark} stancesOf={chart.stancesOf} />
        ))}
      </ol>
    </div>
  );
}

/**
 * The day as lanes: one per actor along the day's axis, each statement a mark in its speaker's
 * lane, each relation a line between two marks, with a legend. Lanes past what a desktop screen
 * holds fold into "+N more", which opens them without scripts. The keyboard reaches the marks in
 * time order; a screen reader also gets the whole as a table, and a phone a list grouped by actor.
 */
export function DayLanesChart({ events }: { events: EventCardFragment[] }) {
  const chart = lanesChart(events);
  const open = chart.lanes.filter((lane) => !lane.folded);
  const folded = chart.lanes.filter((lane) => lane.folded);
  const openLinks = chart.links.filter((link) => !link.from.lane.folded && !link.to.lane.folded);
  const foldedLinks = chart.links.filter((link) => link.from.lane.folded || link.to.lane.folded);
  // The folded lanes' lines are drawn from the top of the open lanes, so they reach marks in both.
  const yAcross = (mark: Mark) => (mark.lane.folded ? chart.openHeight + FOLD_LINE + mark.y : mark.y);
  const labels = stripMarks(chart.axis);
  const labelRows = Math.max(1, ...labels.map((label) => label.labelRow + 1));
  return (
    <>
      <figure className={`lanes-chart lanes-chart--${chart.axis.kind}`} aria-labelledby="lanes-caption">
        <figcaption id="lanes-caption">
          Who said what, lane by lane: each mark a statement in its speaker&apos;s lane, each line a relation between two.
        </figcaption>
        <LanesLegend />
        <div className="lanes-axis" style={{ ["--label-rows" as string]: labelRows }} aria-hidden="true">
          <AxisTicks axis={chart.axis} />
          {labels.map(({ event, slot, labelX, labelWidth, labelRow }) => (
            <p
              key={event.id}
              className="strip-label"
              style={{ left: `${labelX}%`, width: `${labelWidth}%`, ["--row" as string]: labelRow }}
            >
              <span className="strip-when">{slot.label}</span> <span className="strip-title">{event.title}</span>
            </p>
          ))}
        </div>
        <div className="lanes-block" style={{ height: `${chart.openHeight}px` }}>
          <LaneRows lanes={open} />
          <LanePlot chart={chart} folded={false}>
            <LaneLines links={openLinks} yOf={(mark) => mark.y} height={chart.openHeight} />
          </LanePlot>
        </div>
        {folded.length > 0 && (
          <details className="lanes-more">
            <summary>
              <span className="lanes-more-count">{`+${folded.length} more`}</span>
              <span className="lanes-more-names">{`: ${folded.map((lane) => lane.actor.name).join(", ")}`}</span>
            </summary>
            <div className="lanes-block" style={{ height: `${chart.foldedHeight}px` }}>
              <LaneRows lanes={folded} />
              <LanePlot chart={chart} folded>
                <LaneLines
                  links={foldedLinks}
                  yOf={yAcross}
                  height={chart.openHeight + FOLD_LINE + chart.foldedHeight}
                  top={-(chart.openHeight + FOLD_LINE)}
                />
              </LanePlot>
            </div>
          </details>
        )}
        <DismissibleCards />
      </figure>
      <LanesTable chart={chart} />
      <LanesByActor chart={chart} />
    </>
  );
}
