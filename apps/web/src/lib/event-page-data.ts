import { DayOrderDocument, EventDocument } from "@parley/schema";
import { localDayWindow } from "./local-day";
import { query } from "./rsc-client";

/**
 * An event and where each event of its local day falls: orderInDay is only meaningful among
 * them, and the page says which of them the sources leave unordered against this one. The day
 * is read with the light DayOrder query, since only the order is needed, not the events' cards.
 */
export async function loadEventPage(slug: string) {
  const { data } = await query({ query: EventDocument, variables: { slug } });
  if (!data.event) return null;
  const window = localDayWindow(data.event.startsAt, data.event.timeZone);
  const day = await query({ query: DayOrderDocument, variables: window });
  return { event: data.event, dayEvents: day.data.timeline.edges.map((edge) => edge.node) };
}
