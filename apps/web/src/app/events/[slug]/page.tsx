import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiUnreachable } from "../../../components/api-unreachable";
import { EventCard } from "../../../components/event-card";
import { ReportList } from "../../../components/report-list";
import { loadEventPage } from "../../../lib/event-page-data";
import { loadFromApi } from "../../../lib/load-from-api";
import { orderInDay } from "../../../lib/order-in-day";

interface EventPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const loaded = await loadFromApi(async () => loadEventPage((await params).slug));
  if (!loaded.reached) return { title: "API unreachable" };
  return { title: loaded.data?.event.title ?? "Event not found" };
}

export default async function EventPage({ params }: EventPageProps) {
  const { slug } = await params;
  const loaded = await loadFromApi(() => loadEventPage(slug));
  if (!loaded.reached) return <ApiUnreachable />;
  if (!loaded.data) notFound();
  const { event, dayEvents } = loaded.data;

  return (
    <>
      <EventCard event={event} order={orderInDay(event, dayEvents)} headingLevel={1} linkTitle={false} />
      <section aria-labelledby="reported-by">
        <h2 id="reported-by">Reported by</h2>
        <ReportList excerpts={event.reportedBy} />
      </section>
    </>
  );
}
