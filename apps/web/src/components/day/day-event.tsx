import type { EventCardFragment, EventStatus } from "@parley/schema";
import { eventKindLabel, eventStatusLabel, participantRoleLabel } from "../../lib/labels";
import type { StancesBySlug } from "../../lib/relation-note";
import { capacityLabel } from "../../lib/ties";
import { StatementCard } from "../statement-card";
import { TopicList } from "../topic-list";

interface DayEventProps {
  event: EventCardFragment;
  /** The status every event of the day shares, said once above them; the card says its own only when it differs. */
  sharedStatus: EventStatus | null;
  /** The stances of every statement of the day, which explain the relations between them. */
  stancesOf: StancesBySlug;
}

/** The capacity each speaker spoke in at the event, where all their statements there agree on it. */
function capacities(event: EventCardFragment): Map<string, string> {
  const bySpeaker = new Map<string, Set<string>>();
  for (const { node } of event.statements.edges) {
    if (!node.capacity) continue;
    const labels = bySpeaker.get(node.speaker.slug) ?? new Set<string>();
    labels.add(capacityLabel(node.capacity, node.speaker.slug));
    bySpeaker.set(node.speaker.slug, labels);
  }
  return new Map([...bySpeaker].filter(([, labels]) => labels.size === 1).map(([slug, labels]) => [slug, [...labels][0]!]));
}

/**
 * An event as the day view shows it: what is the same for all its statements once (kind, title,
 * place, who took part and in what capacity, topics), then its statements, each with its speaker,
 * kind, words, stances and relations.
 */
export function DayEvent({ event, sharedStatus, stancesOf }: DayEventProps) {
  const headingId = `event-${event.slug}-title`;
  const capacityOf = capacities(event);
  const { edges, totalCount } = event.statements;
  return (
    <article className="event day-event" id={`event-${event.slug}`} aria-labelledby={headingId}>
      <header className="day-event-header">
        <p className="badge">{eventKindLabel[event.kind]}</p>
        <h3 id={headingId} className="event-title">
          <a href={`/events/${event.slug}`}>{event.title}</a>
        </h3>
        <ul className="day-event-facts">
          {event.place && <li>{event.place.name}</li>}
          {sharedStatus !== event.status && <li>{eventStatusLabel[event.status]}</li>}
          {/* By role, then name: the API orders those of one role by their ids, which differ from one database to the next. */}
          {[...event.participants]
            .sort((a, b) => a.role.localeCompare(b.role) || a.actor.name.localeCompare(b.actor.name, "en"))
            .map(({ actor, role }) => {
              const part = [role === "PARTICIPANT" ? null : participantRoleLabel[role], capacityOf.get(actor.slug)]
                .filter(Boolean)
                .join(", ");
              return (
                <li key={`${actor.slug}-${role}`}>
                  <a href={`/actors/${actor.slug}`}>{actor.name}</a>
                  {part && <span className="role">{` (${part})`}</span>}
                </li>
              );
            })}
        </ul>
        {event.topics.length > 0 && (
          <div className="day-event-topics">
            <span className="visually-hidden">Topics: </span>
            <TopicList topics={event.topics} />
          </div>
        )}
        {event.summary && <p className="summary">{event.summary}</p>}
      </header>
      {totalCount === 0 ? (
        <p className="empty">No statements made at this event are recorded.</p>
      ) : (
        <section className="day-statements" aria-label={`Statements at ${event.title} (${totalCount})`}>
          <ol className="day-statement-grid">
            {edges.map(({ node }) => (
              <li key={node.id}>
                <StatementCard
                  statement={node}
                  headingLevel={4}
                  showEvent={false}
                  showTime={node.timePrecision !== "DAY" && node.saidAt !== event.startsAt}
                  inDay
                  stancesOf={stancesOf}
                />
              </li>
            ))}
          </ol>
          {edges.length < totalCount && <p className="more">{`Showing the first ${edges.length} of ${totalCount} statements.`}</p>}
        </section>
      )}
    </article>
  );
}
