import { TimelineDocument } from "@parley/schema";
import type { Metadata } from "next";
import { ApiUnreachable } from "../components/api-unreachable";
import { EventList } from "../components/event-list";
import { loadFromApi } from "../lib/load-from-api";
import { query } from "../lib/rsc-client";

// The root layout's title template skips its own segment's page, so the full title is written out.
export const metadata: Metadata = { title: { absolute: "Friday 14 March 2014 · Parley" } };

// The dataset's day, and the week after it for what was announced that day.
const DAY = { from: "2014-03-14T00:00:00.000Z", to: "2014-03-15T00:00:00.000Z" };
const WEEK_AFTER = { from: "2014-03-15T00:00:00.000Z", to: "2014-03-22T00:00:00.000Z" };

export default async function TimelinePage() {
  const loaded = await loadFromApi(() =>
    Promise.all([
      query({ query: TimelineDocument, variables: { ...DAY, first: 100 } }),
      query({ query: TimelineDocument, variables: { ...WEEK_AFTER, statuses: ["SCHEDULED"], first: 100 } }),
    ]),
  );
  if (loaded.status !== "found") return <ApiUnreachable />;
  const [dayResult, announcedResult] = loaded.data;
  const day = dayResult.data.timeline.edges.map((edge) => edge.node);
  const announced = announcedResult.data.timeline.edges.map((edge) => edge.node);

  return (
    <>
      <h1>Friday 14 March 2014</h1>
      <p className="lede">
        The Kerry–Lavrov talks in London on Ukraine and Crimea, and what was said around them, in the order it happened.
      </p>
      <section aria-labelledby="the-days-events">
        <h2 id="the-days-events">The day&apos;s events</h2>
        {day.length > 0 ? (
          <EventList events={day} headingLevel={3} />
        ) : (
          <p className="empty">No events are recorded for this day.</p>
        )}
      </section>
      <section aria-labelledby="announced-for-later">
        <h2 id="announced-for-later">Announced for later</h2>
        <p>What was announced that day for the following week, as it stood then.</p>
        {announced.length > 0 ? (
          <EventList events={announced} headingLevel={3} />
        ) : (
          <p className="empty">No events were announced for the following week.</p>
        )}
      </section>
    </>
  );
}
