import type { StatementCardFragment } from "@parley/schema";
import { stancePositionLabel, statementKindLabel } from "../lib/labels";
import type { StancesBySlug } from "../lib/relation-note";
import { RelationList } from "./relation-list";
import { StatementWords } from "./statement-words";

/**
 * A statement in a comparison column: its stances first (on any topic: words about the choices of
 * Ukrainians can support or oppose the referendum), then the words, where they were said, and how
 * it answers the others.
 */
export function CompareStatement({ statement, stancesOf }: { statement: StatementCardFragment; stancesOf: StancesBySlug }) {
  const { stances } = statement;
  return (
    <article
      className="compare-statement"
      id={`statement-${statement.slug}`}
      aria-label={`${statement.speaker.name}: ${statementKindLabel[statement.kind]}`}
    >
      <ul className="compare-stances" aria-label="Stances">
        {stances.length === 0 && <li className="stance--none">No stance recorded</li>}
        {stances.map((stance) => (
          <li key={stance.topic.slug} className={`stance-badge stance--${stance.position.toLowerCase()}`}>
            {`${stancePositionLabel[stance.position]} ${stance.topic.name}`}
          </li>
        ))}
      </ul>
      <p className={`badge badge--${statement.kind.toLowerCase()}`}>{statementKindLabel[statement.kind]}</p>
      <StatementWords text={statement.text} kind={statement.kind} sourceUrl={statement.excerpt.source.url} />
      <p className="citation">
        {statement.event && (
          <>
            At <a href={`/events/${statement.event.slug}`}>{statement.event.title}</a>
            {" · "}
          </>
        )}
        <a href={`/sources/${statement.excerpt.source.slug}#${statement.slug}`}>See it in the source</a>
      </p>
      <RelationList statement={{ ...statement, relatedBy: [] }} stancesOf={stancesOf} />
    </article>
  );
}
