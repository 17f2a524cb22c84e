import type { StatementCardFragment } from "@parley/schema";
import type { HeadingLevel } from "./heading";
import type { TextSpan } from "./highlighted-text";
import { stancesBySlug } from "../lib/relation-note";
import { StatementCard } from "./statement-card";

interface StatementListProps {
  /** With `highlights` where a search found them. */
  statements: (StatementCardFragment & { highlights?: TextSpan[] })[];
  headingLevel: HeadingLevel;
  /** Name each statement's event: false inside an event's card, true where statements come from many events. */
  showEvent: boolean;
}

/** Statements in the order they were said. */
export function StatementList({ statements, headingLevel, showEvent }: StatementListProps) {
  const stancesOf = stancesBySlug(statements);
  return (
    <ol className="statement-list">
      {statements.map((statement) => (
        <li key={statement.id}>
          <StatementCard
            statement={statement}
            headingLevel={headingLevel}
            showEvent={showEvent}
            highlights={statement.highlights}
            stancesOf={stancesOf}
          />
        </li>
      ))}
    </ol>
  );
}
