import { EventCountsDocument } from "@parley/schema";
import type { Metadata } from "next";
import { ApiUnreachable } from "../../components/api-unreachable";
import { RangeEventsHeading } from "../../components/range-events-heading";
import { RangeExplorer } from "../../components/range-explorer";
import { RangeBand } from "../../components/range-band";
import { RangeForm } from "../../components/range-form";
import { Unavailable } from "../../components/unavailable";
import { JsonLd } from "../../components/json-ld";
import { ViewExports } from "../../components/view-exports";
import { env } from "../../env";
import { ApolloWrapper } from "../../lib/apollo-wrapper";
import { formatDay } from "../../lib/format";
import { loadFromApi } from "../../lib/load-from-api";
import { loadOverview } from "../../lib/range-overview-data";
import { lastDayOf, readRangeParams } from "../../lib/range-params";
import { requestOrigin } from "../../lib/origin";
import { query } from "../../lib/rsc-client";
import { rangeJsonLd } from "../../lib/schema-org";
import "../../styles/range.css";

export const metadata: Metadata = { title: "Range" };

interface RangePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Any span of days, its events clustered by day, month or year. The server renders the clusters (a
 * long range's first 400); in the browser the list zooms in place, keeping only the rows on screen.
 */
export default async function RangePage({ searchParams }: RangePageProps) {
  const params = readRangeParams(await searchParams);
  if (!params) {
    return <Unavailable status="missing" detail="A range runs from one day to a later one, both written YYYY-MM-DD." />;
  }
  const loaded = await loadFromApi(async () => {
    const [counts, overview] = await Promise.all([
      query({ query: EventCountsDocument, variables: { from: params.from, to: params.to, unit: params.zoom } }),
      loadOverview(params),
    ]);
    return { clusters: counts.data.eventCounts, overview };
  });
  if (loaded.status !== "found") return <ApiUnreachable />;
  const { clusters, overview } = loaded.data;
  const total = clusters.reduce((sum, cluster) => sum + cluster.count, 0);
  const lastDay = lastDayOf(params);
  const title = `${formatDay(params.from)} to ${formatDay(lastDay)}`;

  return (
    <div className="range-view">
      <JsonLd data={rangeJsonLd(title, { from: params.from, to: params.to, lastDay, events: total }, await requestOrigin())} />
      <h1>{title}</h1>
      <RangeBand overview={overview} from={params.from} to={params.to} />
      {clusters.length === 0 ? (
        <>
          <RangeForm params={params} />
          <section aria-labelledby="range-events">
            <RangeEventsHeading total={0} />
            <p className="empty">No events are recorded in this range.</p>
          </section>
        </>
      ) : (
        <>
          {/* Apollo's provider sits here, not in the root layout: only this page loads the range's client code. */}
          <ApolloWrapper apiUrl={env.PUBLIC_API_URL}>
            {/* A new period is a new list: keyed by it, the explorer starts afresh when the band picks one. */}
            <RangeExplorer
              key={`${params.from}/${params.to}`}
              from={params.from}
              to={params.to}
              zoom={params.zoom}
              clusters={clusters}
              total={total}
            />
          </ApolloWrapper>
          <ViewExports path="/range/export" query={new URLSearchParams({ from: params.from, to: params.to })} what="these events" capped />
        </>
      )}
    </div>
  );
}
