import type { RelatedStatementFragment as Relation } from "@parley/schema";
import { inverseRelationLabel, relationLabel } from "../lib/labels";
import { relationNote, type RelationSide, type StancesBySlug } from "../lib/relation-note";
import { ShortWords } from "./short-words";

interface RelationListProps {
  /** The statement whose relations these are: what an explanation compares the other one with. */
  statement: RelationSide & {
    /** How this statement relates to others (this CONTINUES that). */
    relations: Relation[];
    /** How others relate to this one (that CONTINUES this). */
    relatedBy: Relation[];
  };
  /** The stances of the other statements the page shows: a relation to one of them says how they differ or agree. */
  stancesOf?: StancesBySlug;
  /** Names without links: inside a card that shows on hover or focus, which a link could not be reached in. */
  plain?: boolean;
}

const normalised = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Links between statements, each explained where the record says why: "Contradicts Sergei Lavrov —
 * the same words; Kerry opposes the Crimean referendum, Lavrov supports it". The other statement's
 * words are quoted unless they are this one's own.
 */
export function RelationList({ statement, stancesOf, plain = false }: RelationListProps) {
  const items = [
    ...statement.relations.map((relation) => ({ label: relationLabel[relation.kind], relation })),
    ...statement.relatedBy.map((relation) => ({ label: inverseRelationLabel[relation.kind], relation })),
  ];
  if (items.length === 0) return null;
  return (
    <ul className="relations" aria-label="Relations to other statements">
      {items.map(({ label, relation }) => {
        const other = relation.statement;
        const explained = relation.kind === "CONTRADICTS" || relation.kind === "AGREES_WITH";
        const note = explained ? relationNote(statement, { ...other, stances: stancesOf?.get(other.slug) ?? [] }) : null;
        const sameWords = normalised(other.text) === normalised(statement.text);
        return (
          <li key={`${label}-${other.slug}`} className={`relation relation--${relation.kind.toLowerCase()}`}>
            <span className="relation-kind">{label}</span>{" "}
            {plain ? <strong>{other.speaker.name}</strong> : <a href={`/actors/${other.speaker.slug}`}>{other.speaker.name}</a>}
            {!sameWords && (
              <>
                {": "}
                <ShortWords kind={other.kind} text={other.text} />
              </>
            )}
            {note && <span className="relation-note">{` — ${note}.`}</span>}
          </li>
        );
      })}
    </ul>
  );
}
