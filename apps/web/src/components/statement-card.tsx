import type { StatementCardFragment } from "@parley/schema";
import type { TextSpan } from "./highlighted-text";
import { statementKindLabel } from "../lib/labels";
import { capacityLabel } from "../lib/ties";
import { Heading, type HeadingLevel } from "./heading";
import type { StancesBySlug } from "../lib/relation-note";
import { RelationList } from "./relation-list";
import { SourceCitation } from "./source-citation";
import { StanceList } from "./stance-list";
import { StatementWords } from "./statement-words";
import { Timestamp } from "./timestamp";

interface StatementCardProps {
  statement: StatementCardFragment;
  headingLevel: HeadingLevel;
  /** Name the event it was made at: not inside that event's own card, where it would repeat. */
  showEvent: boolean;
  /** Say when it was said: a day view leaves it out where the sources give only the day it shows. */
  showTime?: boolean;
  /** Where a search matched the words. */
  highlights?: TextSpan[];
  /**
   * In a day view, which says once what its statements share (the day, the source, each speaker's
   * capacity at an event): the card keeps to the speaker, kind, words, stances and relations, and
   * a link to its span in the source.
   */
  inDay?: boolean;
  /** The stances of the other statements on the page, which explain a relation to one of them. */
  stancesOf?: StancesBySlug;
}

/** One statement: who said it and in what capacity, the words, when, and where they are written down. */
export function StatementCard({
  statement,
  headingLevel,
  showEvent,
  showTime = true,
  highlights,
  inDay = false,
  stancesOf,
}: StatementCardProps) {
  const { speaker, capacity, excerpt, event } = statement;
  const headingId = `statement-${statement.slug}-speaker`;
  // Said in the event's own time zone; a statement tied to no event has no place, so UTC.
  const timeZone = event?.timeZone ?? "UTC";
  return (
    <article className="statement" id={`statement-${statement.slug}`} aria-labelledby={headingId}>
      <header className="statement-header">
        <p className={`badge badge--${statement.kind.toLowerCase()}`}>{statementKindLabel[statement.kind]}</p>
        <Heading level={headingLevel} id={headingId} className="statement-speaker">
          <a href={`/actors/${speaker.slug}`}>{speaker.name}</a>
        </Heading>
        {capacity && !inDay && <p className="statement-capacity">{capacityLabel(capacity, speaker.slug)}</p>}
      </header>
      <StatementWords text={statement.text} kind={statement.kind} sourceUrl={excerpt.source.url} highlights={highlights} />
      {showTime && (
        <p className="statement-when">
          {"When: "}
          <Timestamp iso={statement.saidAt} precision={statement.timePrecision} timeZone={timeZone} />
        </p>
      )}
      {showEvent && event && (
        <p className="statement-event">
          Said at: <a href={`/events/${event.slug}`}>{event.title}</a>
        </p>
      )}
      <StanceList stances={statement.stances} />
      <RelationList statement={statement} stancesOf={stancesOf} />
      {inDay ? (
        <p className="citation">
          <a href={`/sources/${excerpt.source.slug}#${statement.slug}`}>See it in the source</a>
        </p>
      ) : (
        <SourceCitation source={excerpt.source} statementSlug={statement.slug} />
      )}
    </article>
  );
}
