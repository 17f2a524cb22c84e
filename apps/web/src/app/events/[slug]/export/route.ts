import { EventDocument } from "@parley/schema";
import type { NextRequest } from "next/server";
import { respondWithExport } from "../../../../lib/export/respond";

/** An event, with its statements, as a file: /events/[slug]/export?format=timelinejs|csv|csv-excel|ics|jsonld. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondWithExport(
    request,
    async (client) => {
      const { event } = (await client.query({ query: EventDocument, variables: { slug } })).data;
      return event && { fileName: event.slug, title: event.title, records: { kind: "events", events: [event] }, truncation: null };
    },
    `No event is recorded as “${slug}”.`,
  );
}
