import type { ApolloClient } from "@apollo/client";
import { AdjacentDaysDocument, TimelineDocument } from "@parley/schema";
import { dayWindow, weekAfter } from "./day";
import { localIsoDate } from "./format";

const MOST_EVENTS = 100;

/** A day's events (those whose local date it is), the days with events either side, and what was scheduled for the week after. */
export async function loadDay(client: ApolloClient, date: string) {
  const [day, adjacent, announced] = await Promise.all([
    client.query({ query: TimelineDocument, variables: { ...dayWindow(date), first: MOST_EVENTS } }),
    client.query({ query: AdjacentDaysDocument, variables: { date } }),
    client.query({ query: TimelineDocument, variables: { ...weekAfter(date), statuses: ["SCHEDULED"], first: MOST_EVENTS } }),
  ]);
  const localDate = (event: { startsAt: string; timeZone: string }) => localIsoDate(event.startsAt, event.timeZone);
  return {
    events: day.data.timeline.edges.map((edge) => edge.node).filter((event) => localDate(event) === date),
    /** True when the window held more events than one page: the view says it shows only some. */
    truncated: day.data.timeline.pageInfo.hasNextPage,
    previous: adjacent.data.adjacentDays.previous,
    next: adjacent.data.adjacentDays.next,
    announced: announced.data.timeline.edges.map((edge) => edge.node).filter((event) => localDate(event) > date),
  };
}

export type Day = Awaited<ReturnType<typeof loadDay>>;
