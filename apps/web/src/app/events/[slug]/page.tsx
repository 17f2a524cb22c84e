import type { Metadata } from "next";
import { EventCard } from "../../../components/event-card";
import { ReportList } from "../../../components/report-list";
import { loadEventPage } from "../../../lib/event-page-data";
import { loadFromApi, titleFor } from "../../../lib/load-from-api";
import { orderInDay } from "../../../lib/order-in-day";
import { JsonLd } from "../../../components/json-ld";
import { Unavailable } from "../../../components/unavailable";
import { ViewExports } from "../../../components/view-exports";
import { requestOrigin } from "../../../lib/origin";
import { eventJsonLd } from "../../../lib/schema-org";

interface EventPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const loaded = await loadFromApi(async () => loadEventPage((await params).slug));
  return { title: titleFor(loaded, "Event", ({ event }) => event.title) };
}

export default async function EventPage({ params }: EventPageProps) {
  const { slug } = await params;
  const loaded = await loadFromApi(() => loadEventPage(slug));
  if (loaded.status !== "found") return <Unavailable status={loaded.status} detail={`No event is recorded as “${slug}”.`} />;
  const { event, dayEvents } = loaded.data;
  const origin = await requestOrigin();

  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", ...eventJsonLd(event, origin) }} />
      <EventCard event={event} order={orderInDay(event, dayEvents)} headingLevel={1} linkTitle={false} />
      <section aria-labelledby="reported-by">
        <h2 id="reported-by">Reported by</h2>
        <ReportList excerpts={event.reportedBy} />
      </section>
      <ViewExports path={`/events/${event.slug}/export`} what="this event and its statements" />
    </>
  );
}
