import { DayOrderDocument, EventDocument } from "@parley/schema";
import { query } from "./rsc-client";

// A local day lasts at most 25 hours, so it starts and ends within 25 hours of any instant in
// it: this window always holds the event's whole day, and orderInDay keeps only the events of
// the same local date.
const DAY_REACH_MS = 26 * 60 * 60 * 1000;

/**
 * An event and the events around it: orderInDay is only meaningful among the events of its local
 * day, and the page says which of them the sources leave unordered against this one. They are
 * read with the light DayOrder query, since only their order is needed, not their cards.
 */
export async function loadEventPage(slug: string) {
  const { data } = await query({ query: EventDocument, variables: { slug } });
  if (!data.event) return null;
  const startsAt = Date.parse(data.event.startsAt);
  const window = {
    from: new Date(startsAt - DAY_REACH_MS).toISOString(),
    to: new Date(startsAt + DAY_REACH_MS).toISOString(),
  };
  const day = await query({ query: DayOrderDocument, variables: window });
  return { event: data.event, dayEvents: day.data.timeline.edges.map((edge) => edge.node) };
}
