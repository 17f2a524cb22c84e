import type { StatementCardFragment } from "@parley/schema";
import type { HeadingLevel } from "./heading";
import { StatementCard } from "./statement-card";

interface StatementListProps {
  statements: StatementCardFragment[];
  headingLevel: HeadingLevel;
  /** Name each statement's event: false inside an event's card, true where statements come from many events. */
  showEvent: boolean;
}

/** Statements in the order they were said. */
export function StatementList({ statements, headingLevel, showEvent }: StatementListProps) {
  return (
    <ol className="statement-list">
      {statements.map((statement) => (
        <li key={statement.id}>
          <StatementCard statement={statement} headingLevel={headingLevel} showEvent={showEvent} />
        </li>
      ))}
    </ol>
  );
}
