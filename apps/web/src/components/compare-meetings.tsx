import type { StatementCardFragment } from "@parley/schema";
import { relationLabel, stancePositionLabel } from "../lib/labels";
import type { CompareColumn } from "../lib/compare-data";
import { relationNote } from "../lib/relation-note";
import { StatementWords } from "./statement-words";

/** One side of a meeting: who, where they stand, and their words. */
function Side({ statement }: { statement: StatementCardFragment }) {
  return (
    <div className="meeting-side">
      <p className="meeting-who">
        <a href={`#statement-${statement.slug}`}>{statement.speaker.name}</a>
        {statement.stances.map((stance) => (
          <span key={stance.topic.slug} className={`stance-badge stance--${stance.position.toLowerCase()}`}>
            {`${stancePositionLabel[stance.position]} ${stance.topic.name}`}
          </span>
        ))}
      </p>
      <StatementWords text={statement.text} kind={statement.kind} sourceUrl={statement.excerpt.source.url} />
    </div>
  );
}

const normalised = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Where the compared actors meet: each relation from one's statement to another's, said in a line
 * ("John Kerry contradicts Sergei Lavrov: the same words; Kerry opposes the Crimean referendum,
 * Lavrov supports it"), then each side with its stances and words, side by side; words the two share
 * are shown once.
 */
export function CompareMeetings({ columns }: { columns: CompareColumn[] }) {
  const compared = new Set(columns.map((column) => column.slug));
  const bySlug = new Map(columns.flatMap((column) => column.statements).map((statement) => [statement.slug, statement]));
  const meetings = columns.flatMap((column) =>
    column.statements.flatMap((statement) =>
      statement.relations
        .filter((relation) => compared.has(relation.statement.speaker.slug) && relation.statement.speaker.slug !== column.slug)
        .flatMap((relation) => {
          const other = bySlug.get(relation.statement.slug);
          return other ? [{ statement, kind: relation.kind, other }] : [];
        }),
    ),
  );
  if (meetings.length === 0) return <p className="empty">None of these statements is recorded as answering another&apos;s.</p>;
  return (
    <ul className="compare-meetings">
      {meetings.map(({ statement, kind, other }) => {
        const note = relationNote(statement, other);
        const sameWords = normalised(statement.text) === normalised(other.text);
        return (
          <li key={`${statement.slug}-${kind}-${other.slug}`} className="meeting">
            <p className="meeting-line">
              {`${statement.speaker.name} `}
              <strong className={`relation--${kind.toLowerCase()}`}>{relationLabel[kind].toLowerCase()}</strong>
              {` ${other.speaker.name}`}
              {note && `: ${note.charAt(0).toLowerCase()}${note.slice(1)}`}.
            </p>
            {sameWords ? (
              <div className="meeting-shared">
                <p className="meeting-who">The words both are reported with:</p>
                <StatementWords text={statement.text} kind={statement.kind} sourceUrl={statement.excerpt.source.url} />
              </div>
            ) : (
              <div className="meeting-sides">
                <Side statement={statement} />
                <Side statement={other} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
