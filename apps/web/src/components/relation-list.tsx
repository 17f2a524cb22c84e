import type { RelatedStatementFragment as Relation } from "@parley/schema";
import { inverseRelationLabel, relationLabel } from "../lib/labels";
import { ShortWords } from "./short-words";

interface RelationListProps {
  /** How this statement relates to others (this CONTINUES that). */
  relations: Relation[];
  /** How others relate to this one (that CONTINUES this). */
  relatedBy: Relation[];
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
          <ShortWords kind={statement.kind} text={statement.text} />
          {" — "}
          <a href={`/actors/${statement.speaker.slug}`}>{statement.speaker.name}</a>
        </li>
      ))}
    </ul>
  );
}
