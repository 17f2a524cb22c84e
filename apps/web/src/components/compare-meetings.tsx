import type { StatementCardFragment } from "@parley/schema";
import { relationLabel, stancePositionLabel } from "../lib/labels";
import type { CompareColumn } from "../lib/compare-data";
import { ShortWords } from "./short-words";

/** " (opposes The Crimean referendum)": what a side of a relation stands for, where recorded. */
function stancesOf(statement: StatementCardFragment | undefined): string {
  if (!statement || statement.stances.length === 0) return "";
  return ` (${statement.stances.map((stance) => `${stancePositionLabel[stance.position].toLowerCase()} ${stance.topic.name}`).join("; ")})`;
}

/**
 * Where the compared actors meet: each relation from one's statement to another's ("Lavrov's
 * paraphrase contradicts Kerry's"), so that the same words meaning opposite things show at a glance.
 */
export function CompareMeetings({ columns }: { columns: CompareColumn[] }) {
  const compared = new Set(columns.map((column) => column.slug));
  const bySlug = new Map(columns.flatMap((column) => column.statements).map((statement) => [statement.slug, statement]));
  const meetings = columns.flatMap((column) =>
    column.statements.flatMap((statement) =>
      statement.relations
        .filter((relation) => compared.has(relation.statement.speaker.slug) && relation.statement.speaker.slug !== column.slug)
        .map((relation) => ({ statement, relation })),
    ),
  );
  if (meetings.length === 0) return <p className="empty">None of these statements is recorded as answering another&apos;s.</p>;
  return (
    <ul className="compare-meetings">
      {meetings.map(({ statement, relation }) => (
        <li key={`${statement.slug}-${relation.kind}-${relation.statement.slug}`}>
          <a href={`#statement-${statement.slug}`}>{statement.speaker.name}</a>
          {`${stancesOf(statement)}: `}
          <ShortWords kind={statement.kind} text={statement.text} />
          <strong className={`relation--${relation.kind.toLowerCase()}`}>{` ${relationLabel[relation.kind].toLowerCase()} `}</strong>
          <a href={`#statement-${relation.statement.slug}`}>{relation.statement.speaker.name}</a>
          {`${stancesOf(bySlug.get(relation.statement.slug))}: `}
          <ShortWords kind={relation.statement.kind} text={relation.statement.text} />
        </li>
      ))}
    </ul>
  );
}
