import type { StatementKind, StatementRelationKind } from "@parley/schema";
import { relationLabel, statementKindLabel } from "../../lib/labels";

const kinds: StatementKind[] = ["DIRECT_QUOTE", "PARTIAL_QUOTE", "PARAPHRASE"];
const relations: StatementRelationKind[] = ["RESPONDS_TO", "CONTRADICTS", "AGREES_WITH", "RESTATES", "CONTINUES"];

/** What the lanes' marks and lines mean: a mark's shape is its statement's kind, a line's style its relation. */
export function LanesLegend() {
  return (
    <div className="lanes-legend">
      <ul aria-label="Marks">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`lane-mark lane-mark--${kind.toLowerCase()} legend-mark`} aria-hidden="true" />
            {statementKindLabel[kind]}
          </li>
        ))}
        <li>
          <span className="lane-attendance legend-mark" aria-hidden="true" />
          Took part, no statement recorded
        </li>
      </ul>
      <ul aria-label="Lines">
        {relations.map((kind) => (
          <li key={kind}>
            <svg className="legend-line" viewBox="0 0 32 10" aria-hidden="true" focusable="false">
              <path className={`lane-link lane-link--${kind.toLowerCase()}`} d="M 1 5 L 31 5" />
            </svg>
            {relationLabel[kind].toLowerCase()}
          </li>
        ))}
      </ul>
    </div>
  );
}
