import type { EventCardFragment } from "@parley/schema";
import { eventKindLabel } from "../lib/labels";
import type { OrderInDay } from "../lib/order-in-day";
import { EventFacts } from "./event-facts";
import { Heading, subLevel, type HeadingLevel } from "./heading";
import { StatementList } from "./statement-list";

interface EventCardProps {
  event: EventCardFragment;
  order: OrderInDay;
  headingLevel: HeadingLevel;
  /** Link the title to the event's own page (not on that page itself). */
  linkTitle: boolean;
}

/** An event with its facts, summary and every statement made at it. */
export function EventCard({ event, order, headingLevel, linkTitle }: EventCardProps) {
  const headingId = `event-${event.slug}-title`;
  const statementsLevel = subLevel(headingLevel);
  const { edges, totalCount } = event.statements;
  return (
    <article className="event" id={`event-${event.slug}`} aria-labelledby={headingId}>
      <header className="event-header">
        <p className="badge">{eventKindLabel[event.kind]}</p>
        <Heading level={headingLevel} id={headingId} className="event-title">
          {linkTitle ? <a href={`/events/${event.slug}`}>{event.title}</a> : event.title}
        </Heading>
      </header>
      <EventFacts event={event} order={order} />
      {event.summary && <p className="summary">{event.summary}</p>}
      {totalCount === 0 ? (
        <p className="empty">No statements made at this event are recorded.</p>
      ) : (
        <section className="statements" aria-labelledby={`${headingId}-statements`}>
          <Heading level={statementsLevel} id={`${headingId}-statements`}>
            {`Statements (${totalCount})`}
          </Heading>
          <StatementList statements={edges.map((edge) => edge.node)} headingLevel={subLevel(statementsLevel)} showEvent={false} />
          {edges.length < totalCount && <p className="more">{`Showing the first ${edges.length} of ${totalCount} statements.`}</p>}
        </section>
      )}
    </article>
  );
}
