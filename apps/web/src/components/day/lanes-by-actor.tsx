import type { LanesChart } from "../../lib/day-chart/lanes";
import { participantRoleLabel } from "../../lib/labels";
import { StatementCard } from "../statement-card";

/** The lanes on a phone: a list grouped by actor, each with what they said in order, or the events they took part in. */
export function LanesByActor({ chart }: { chart: LanesChart }) {
  return (
    <ol className="lanes-by-actor">
      {chart.lanes.map((lane) => {
        const said = chart.marks.filter((mark) => mark.lane === lane);
        const attended = chart.attendances.filter((attendance) => attendance.lane === lane);
        const headingId = `lane-${lane.actor.slug}`;
        return (
          <li key={lane.actor.id}>
            <section aria-labelledby={headingId}>
              <h3 id={headingId}>
                <a href={`/actors/${lane.actor.slug}`}>{lane.actor.name}</a>
                <span className="lane-count">{said.length === 1 ? " · 1 statement" : ` · ${said.length} statements`}</span>
              </h3>
              {said.length > 0 && (
                <ol className="lane-statements">
                  {said.map((mark) => (
                    <li key={mark.statement.id}>
                      <p className="lane-statement-when">{`${mark.slot.label} · ${mark.event.title}`}</p>
                      <StatementCard
                        statement={mark.statement}
                        headingLevel={4}
                        showEvent={false}
                        showTime={false}
                        inDay
                        stancesOf={chart.stancesOf}
                      />
                    </li>
                  ))}
                </ol>
              )}
              {attended.length > 0 && (
                <p className="lane-attended">
                  {"Took part without a recorded statement: "}
                  {attended.map((attendance) => `${attendance.event.title} (${participantRoleLabel[attendance.role]})`).join("; ")}
                </p>
              )}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
