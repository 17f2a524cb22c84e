import { loadDay } from "../lib/day-data";
import type { DayViewKind } from "../lib/day";
import { formatDay } from "../lib/format";
import { loadFromApi } from "../lib/load-from-api";
import { getClient } from "../lib/rsc-client";
import { ApiUnreachable } from "./api-unreachable";
import { recordsJsonLd } from "../lib/schema-org";
import { requestOrigin } from "../lib/origin";
import { DayLanesChart } from "./day/lanes-chart";
import { DayTimeline } from "./day/day-timeline";
import { JsonLd } from "./json-ld";
import { DayNav } from "./day-nav";
import { EventList } from "./event-list";
import { ViewExports } from "./view-exports";
import { ViewSwitch } from "./view-switch";

/** A day: its events on a time axis or in lanes, the days with records either side, and what was scheduled after it. */
export async function DayPage({ date, view }: { date: string; view: DayViewKind }) {
  const loaded = await loadFromApi(async () => loadDay(await getClient(), date));
  if (loaded.status !== "found") return <ApiUnreachable />;
  const { events, truncated, previous, next, announced } = loaded.data;
  const origin = await requestOrigin();

  return (
    <div className="day-view">
      <JsonLd data={recordsJsonLd(formatDay(date), { kind: "events", events }, origin)} />
      <h1>{formatDay(date)}</h1>
      <DayNav date={date} previous={previous} next={next} view={view} />
      <section aria-labelledby="the-days-events">
        <h2 id="the-days-events">The day&apos;s events</h2>
        <ViewSwitch date={date} view={view} />
        {events.length === 0 ? (
          <p className="empty">No events are recorded for this day.</p>
        ) : (
          <>
            {view === "lanes" ? <DayLanesChart events={events} /> : <DayTimeline events={events} />}
            {truncated && <p className="more">Only the first 100 events of this day are shown.</p>}
            <ViewExports path={`/days/${date}/export`} what="this day" />
          </>
        )}
      </section>
      {announced.length > 0 && (
        <section aria-labelledby="announced-for-later">
          <h2 id="announced-for-later">Announced for later</h2>
          <p>Events of the following week that were still to come, as their sources had them.</p>
          <EventList events={announced} headingLevel={3} />
        </section>
      )}
    </div>
  );
}
