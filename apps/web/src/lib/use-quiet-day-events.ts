"use client";

import { useApolloClient } from "@apollo/client/react";
import { RangeEventsDocument, type RangeEventsQuery } from "@parley/schema";
import { useEffect, useMemo, useState } from "react";
import { localIsoDate } from "./format";
import { batchDates, batchQuietDays, type Cluster, type DayBatch } from "./quiet-days";

export type RangeEvent = RangeEventsQuery["timeline"]["edges"][number]["node"];

/** A batch's events by local day, or where its request stands. */
type BatchState = "loading" | "failed" | Map<string, RangeEvent[]>;

/**
 * What a quiet day's row shows: its events, or that they are on their way or could not be had.
 * The same value while nothing changes, so that rows re-render only when theirs does.
 */
export type DayEvents = "loading" | "failed" | readonly RangeEvent[];

const noEvents: readonly RangeEvent[] = [];

/** Pages a batch never needs more than: its days held at most 60 events when counted, and a few more may have come since. */
const maxPages = 10;

async function loadBatch(client: ReturnType<typeof useApolloClient>, batch: DayBatch): Promise<Map<string, RangeEvent[]>> {
  const byDay = new Map<string, RangeEvent[]>(batch.days.map((day) => [day, []]));
  let after: string | null | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { data } = await client.query({ query: RangeEventsDocument, variables: { dates: batchDates(batch), first: 100, after } });
    if (!data) throw new Error("The range's events came back empty");
    for (const { node } of data.timeline.edges) byDay.get(localIsoDate(node.startsAt, node.timeZone))?.push(node);
    if (!data.timeline.pageInfo.hasNextPage) break;
    after = data.timeline.pageInfo.endCursor;
  }
  return byDay;
}

/**
 * The events of the quiet days on screen (rows `firstRow` to `lastRow` of a day-by-day range),
 * loaded a batch of days at a time as they scroll into view and kept while the list lives.
 */
export function useQuietDayEvents(clusters: readonly Cluster[], active: boolean, firstRow: number, lastRow: number) {
  const client = useApolloClient();
  const { batches, batchOfRow } = useMemo(() => batchQuietDays(active ? clusters : []), [clusters, active]);
  const [states, setStates] = useState<ReadonlyMap<number, BatchState>>(new Map());

  useEffect(() => {
    const wanted = new Set<number>();
    for (let row = firstRow; row <= lastRow; row++) {
      const batch = batchOfRow[row];
      if (batch !== undefined && !states.has(batch)) wanted.add(batch);
    }
    if (wanted.size === 0) return;
    // Wait for the scrolling to settle: rows that only fly past are not worth a request.
    const timer = setTimeout(() => {
      setStates((previous) => new Map([...previous, ...[...wanted].map((batch): [number, BatchState] => [batch, "loading"])]));
      for (const index of wanted) {
        loadBatch(client, batches[index]!).then(
          (byDay) => setStates((previous) => new Map(previous).set(index, byDay)),
          () => setStates((previous) => new Map(previous).set(index, "failed")),
        );
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [client, batches, batchOfRow, states, firstRow, lastRow]);

  return (row: number): DayEvents | undefined => {
    const batch = batchOfRow[row];
    if (batch === undefined) return undefined;
    const state = states.get(batch) ?? "loading";
    return typeof state === "string" ? state : (state.get(clusters[row]!.start) ?? noEvents);
  };
}
