import type { ApolloClient } from "@apollo/client";
import { AdjacentDaysDocument, TimelineDocument } from "@parley/schema";
import { addDays } from "./day";

const MOST_EVENTS = 100;

/** A day's events (those whose local date it is), the days with events either side, and what was scheduled for the week after. */
export async function loadDay(client: ApolloClient, date: string) {
  const [day, adjacent, announced] = await Promise.all([
    client.query({ query: TimelineDocument, variables: { date, first: MOST_EVENTS } }),
    client.query({ query: AdjacentDaysDocument, variables: { date } }),
    client.query({
      query: TimelineDocument,
      variables: { dates: { from: addDays(date, 1), to: addDays(date, 8) }, statuses: ["SCHEDULED"], first: MOST_EVENTS },
    }),
  ]);
  return {
    events: day.data.timeline.edges.map((edge) => edge.node),
    /** True when the day holds more events than one page: the view says it shows only some. */
    truncated: day.data.timeline.pageInfo.hasNextPage,
    previous: adjacent.data.adjacentDays.previous,
    next: adjacent.data.adjacentDays.next,
    announced: announced.data.timeline.edges.map((edge) => edge.node),
  };
}

export type Day = Awaited<ReturnType<typeof loadDay>>;
