import type { CompareColumn as Column } from "../lib/compare-data";
import { compareQuery, type CompareParams } from "../lib/compare-params";
import type { StancesBySlug } from "../lib/relation-note";
import { CompareStatement } from "./compare-statement";
import { PickNotice } from "./pick-notice";

interface CompareColumnProps {
  column: Column;
  /** Which of the address's actors this column is: a choice among several replaces it there. */
  index: number;
  params: CompareParams;
  onTopic: boolean;
  /** The stances of every compared statement, which explain how they answer each other. */
  stancesOf: StancesBySlug;
}

/** One compared actor's statements, or what kept them from being read: a name that fits no actor, or several. */
export function CompareColumn({ column, index, params, onTopic, stancesOf }: CompareColumnProps) {
  const hrefWith = (slug: string) =>
    `/compare?${compareQuery({ ...params, actors: params.actors.map((text, at) => (at === index ? slug : text)) })}`;
  return (
    <section aria-labelledby={`column-${column.slug}`} className="compare-column">
      <h3 id={`column-${column.slug}`}>
        {column.actor ? <a href={`/actors/${column.slug}`}>{column.actor.name}</a> : params.actors[index]}
      </h3>
      <PickNotice picked={column.picked} noun="actor" hrefWith={hrefWith} />
      {column.actor && column.statements.length === 0 && (
        <p className="empty">{onTopic ? "No statements on this topic are recorded." : "No statements are recorded."}</p>
      )}
      {column.statements.map((statement) => (
        <CompareStatement key={statement.id} statement={statement} stancesOf={stancesOf} />
      ))}
    </section>
  );
}
