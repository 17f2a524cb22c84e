import type { RelatedStatementFragment as Relation } from "@parley/schema";
import { truncate } from "../lib/format";
import { inverseRelationLabel, relationLabel } from "../lib/labels";

type Target = Relation["statement"];

interface RelationListProps {
  /** How this statement relates to others (this CONTINUES that). */
  relations: Relation[];
  /** How others relate to this one (that CONTINUES this). */
  relatedBy: Relation[];
}

/**
 * The other statement's words, marked as StatementWords marks them: only a direct quote is the
 * speaker's own wording, so only it goes in quotation marks; the rest is labelled reported speech.
 */
function TargetWords({ target: { kind, text } }: { target: Target }) {
  if (kind === "DIRECT_QUOTE") return <>{`“${truncate(text)}”`}</>;
  return (
    <>
      <span className="words-label">(reported speech)</span> {truncate(text)}
    </>
  );
}

/** Links between statements: "Restates: “…” — Sergei Lavrov", "Contradicts: (reported speech) … — …". */
export function RelationList({ relations, relatedBy }: RelationListProps) {
  const items = [
    ...relations.map((relation) => ({ label: relationLabel[relation.kind], relation })),
    ...relatedBy.map((relation) => ({ label: inverseRelationLabel[relation.kind], relation })),
  ];
  if (items.length === 0) return null;
  return (
    <ul className="relations" aria-label="Relations to other statements">
      {items.map(({ label, relation: { statement } }) => (
        <li key={`${label}-${statement.slug}`}>
          {`${label}: `}
          <TargetWords target={statement} />
          {" — "}
          <a href={`/actors/${statement.speaker.slug}`}>{statement.speaker.name}</a>
        </li>
      ))}
    </ul>
  );
}
