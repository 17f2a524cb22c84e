import { DayOrderDocument, EventDocument } from "@parley/schema";
import { localIsoDate } from "./format";
import { query } from "./rsc-client";

/**
 * An event and the events of its local day: orderInDay is only meaningful among them, and the page
 * says which of them the sources leave unordered against this one. They are read with the light
 * DayOrder query, since only their order is needed, not their cards.
 */
export async function loadEventPage(slug: string) {
  const { data } = await query({ query: EventDocument, variables: { slug } });
  if (!data.event) return null;
  const date = localIsoDate(data.event.startsAt, data.event.timeZone);
  const day = await query({ query: DayOrderDocument, variables: { date } });
  return { event: data.event, dayEvents: day.data.timeline.edges.map((edge) => edge.node) };
}
