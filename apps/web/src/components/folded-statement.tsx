import type { StatementCardFragment } from "@parley/schema";
import { statementKindLabel } from "../lib/labels";
import type { HeadingLevel } from "./heading";
import { ShortWords } from "./short-words";
import { StatementCard } from "./statement-card";

interface FoldedStatementProps {
  statement: StatementCardFragment;
  headingLevel: HeadingLevel;
}

/**
 * A statement folded to one line (who, what kind, the first words) that opens on the full card,
 * without scripts. Its time is left out where the sources give only the day the view shows.
 */
export function FoldedStatement({ statement, headingLevel }: FoldedStatementProps) {
  return (
    <details className="statement-fold">
      <summary>
        <strong>{statement.speaker.name}</strong>
        {` · ${statementKindLabel[statement.kind]}: `}
        <ShortWords kind={statement.kind} text={statement.text} />
      </summary>
      <StatementCard statement={statement} headingLevel={headingLevel} showEvent={false} showTime={statement.timePrecision !== "DAY"} />
    </details>
  );
}
