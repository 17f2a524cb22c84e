import type { EventCardFragment } from "@parley/schema";
import type { ReactNode } from "react";
import { eventStatusLabel } from "../lib/labels";
import type { OrderInDay } from "../lib/order-in-day";
import { ParticipantList } from "./participant-list";
import { Timestamp } from "./timestamp";
import { TopicList } from "./topic-list";

interface EventFactsProps {
  event: EventCardFragment;
  /** Its place in its day. */
  order: OrderInDay;
}

/** One term of the list and its description. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** When, in what order, where and with whom an event took place, and what it was about. */
export function EventFacts({ event, order }: EventFactsProps) {
  return (
    <dl className="facts">
      <Fact term="When">
        <Timestamp iso={event.startsAt} precision={event.timePrecision} timeZone={event.timeZone} />
      </Fact>
      <Fact term="Order">
        {order.position}
        {order.unorderedWith.length > 0 && (
          <span className="caveat">
            {`: the sources do not say whether it came before or after “${order.unorderedWith.join("” and “")}”`}
          </span>
        )}
      </Fact>
      {event.place && <Fact term="Place">{event.place.name}</Fact>}
      <Fact term="Status">{eventStatusLabel[event.status]}</Fact>
      {event.participants.length > 0 && (
        <Fact term="Participants">
          <ParticipantList participants={event.participants} />
        </Fact>
      )}
      {event.topics.length > 0 && (
        <Fact term="Topics">
          <TopicList topics={event.topics} />
        </Fact>
      )}
    </dl>
  );
}
