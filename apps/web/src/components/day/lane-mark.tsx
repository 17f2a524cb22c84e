import type { LaneMark as Mark } from "../../lib/day-chart/lanes";
import { statementKindLabel } from "../../lib/labels";
import { truncate } from "../../lib/format";
import type { StancesBySlug } from "../../lib/relation-note";
import { RelationList } from "../relation-list";
import { StatementWords } from "../statement-words";

/** "Sergei Lavrov, direct quote, at Lavrov's press conference (4th–5th): “…”": what the keyboard and a screen reader meet at a mark. */
export function markName({ statement, event, slot }: Mark): string {
  const words = statement.kind === "DIRECT_QUOTE" ? `“${truncate(statement.text, 80)}”` : truncate(statement.text, 80);
  return `${statement.speaker.name}, ${statementKindLabel[statement.kind].toLowerCase()}, at ${event.title} (${slot.label}): ${words}`;
}

/**
 * A statement's mark in its speaker's lane: a link to its span in the source, and a card with the
 * whole statement that shows while the mark has the pointer or the keyboard's focus (CSS alone;
 * Escape hides it, through DismissibleCards).
 */
export function LaneMark({ mark, stancesOf }: { mark: Mark; stancesOf: StancesBySlug }) {
  const { statement, event, slot } = mark;
  const cardId = `card-${statement.slug}`;
  return (
    <li className={`lane-mark-item${mark.x > 60 ? " lane-mark-item--right" : ""}`} style={{ left: `${mark.x}%`, top: `${mark.y}px` }}>
      <a
        className={`lane-mark lane-mark--${statement.kind.toLowerCase()}`}
        href={`/sources/${statement.excerpt.source.slug}#${statement.slug}`}
        aria-label={markName(mark)}
        aria-describedby={cardId}
      />
      <div className="mark-card" id={cardId} role="tooltip">
        <p className="mark-card-who">
          <strong>{statement.speaker.name}</strong>
          {` · ${statementKindLabel[statement.kind]} · ${slot.label}, ${event.title}`}
        </p>
        <StatementWords text={statement.text} kind={statement.kind} sourceUrl={statement.excerpt.source.url} />
        <RelationList statement={statement} stancesOf={stancesOf} plain />
      </div>
    </li>
  );
}
