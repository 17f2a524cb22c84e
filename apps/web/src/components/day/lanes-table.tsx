import type { LanesChart } from "../../lib/day-chart/lanes";
import { statementKindLabel } from "../../lib/labels";
import { RelationList } from "../relation-list";
import { StatementWords } from "../statement-words";

/**
 * The lanes' content as a table, for screen readers (and for anyone reading the page without its
 * styles): every statement in the order the keyboard meets its mark, with its speaker (the lane),
 * event, kind, words and relations.
 */
export function LanesTable({ chart }: { chart: LanesChart }) {
  return (
    <div className="lanes-table">
      <table>
        <caption>Every statement of the lanes, in order: its place in the day, event, speaker, kind, words and relations.</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Speaker (lane)</th>
            <th scope="col">Kind</th>
            <th scope="col">Words</th>
            <th scope="col">Relations</th>
          </tr>
        </thead>
        <tbody>
          {chart.marks.map(({ statement, event, slot }) => (
            <tr key={statement.id}>
              <td>{slot.label}</td>
              <td>{event.title}</td>
              <th scope="row">{statement.speaker.name}</th>
              <td>{statementKindLabel[statement.kind]}</td>
              <td>
                <StatementWords text={statement.text} kind={statement.kind} sourceUrl={statement.excerpt.source.url} />
              </td>
              <td>
                <RelationList statement={statement} stancesOf={chart.stancesOf} plain />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
