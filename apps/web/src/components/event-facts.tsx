import type { EventCardFragment } from "@parley/schema";
import { eventStatusLabel } from "../lib/labels";
import type { OrderInDay } from "../lib/order-in-day";
import { ParticipantList } from "./participant-list";
import { Timestamp } from "./timestamp";
import { TopicList } from "./topic-list";

interface EventFactsProps {
  event: EventCardFragment;
  order: OrderInDay;
}

/** When, in what order, where and with whom an event took place, and what it was about. */
export function EventFacts({ event, order }: EventFactsProps) {
  return (
    <dl className="facts">
      <dt>When</dt>
      <dd>
        <Timestamp iso={event.startsAt} precision={event.timePrecision} timeZone={event.timeZone} />
      </dd>
      <dt>Order</dt>
      <dd>
        {order.position}
        {order.unorderedWith.map((title) => (
          <span key={title} className="caveat">
            {` · order relative to “${title}” not reported`}
          </span>
        ))}
      </dd>
      {event.place && (
        <>
          <dt>Place</dt>
          <dd>{event.place.name}</dd>
        </>
      )}
      <dt>Status</dt>
      <dd>{eventStatusLabel[event.status]}</dd>
      {event.participants.length > 0 && (
        <>
          <dt>Participants</dt>
          <dd>
            <ParticipantList participants={event.participants} />
          </dd>
        </>
      )}
      {event.topics.length > 0 && (
        <>
          <dt>Topics</dt>
          <dd>
            <TopicList topics={event.topics} />
          </dd>
        </>
      )}
    </dl>
  );
}
