import type { DateRangeInput, EventCountsQuery } from "@parley/schema";
import { addDays } from "./day";

export type Cluster = EventCountsQuery["eventCounts"][number];

/** A day with at most this many events lists them; a busier one stays a count, a link to its day view. */
export const listsEventsUpTo = 5;

/** Events one request asks for at most: the API pages `timeline` by 100. */
const eventsPerBatch = 60;

/** Consecutive quiet days whose events one `timeline` request loads. */
export interface DayBatch {
  /** The days of the batch (YYYY-MM-DD), in order. */
  days: string[];
  /** How many events the days hold, by eventCounts. */
  events: number;
}

export function isQuietDay(cluster: Cluster): boolean {
  return cluster.count <= listsEventsUpTo;
}

/**
 * Groups the quiet days of a day-by-day range into batches of consecutive rows, so that the rows
 * on screen cost a request or two however far the reader scrolls. A busy day ends a batch: its
 * events would crowd a batch's page.
 */
export function batchQuietDays(clusters: readonly Cluster[]): { batches: DayBatch[]; batchOfRow: (number | undefined)[] } {
  const batches: DayBatch[] = [];
  const batchOfRow: (number | undefined)[] = [];
  let current: DayBatch | undefined;
  for (const cluster of clusters) {
    if (!isQuietDay(cluster)) {
      current = undefined;
      batchOfRow.push(undefined);
      continue;
    }
    if (!current || current.events + cluster.count > eventsPerBatch) {
      current = { days: [], events: 0 };
      batches.push(current);
    }
    current.days.push(cluster.start);
    current.events += cluster.count;
    batchOfRow.push(batches.length - 1);
  }
  return { batches, batchOfRow };
}

/** The days to ask `timeline` for: the batch's own, each event on its local date. */
export function batchDates(batch: DayBatch): DateRangeInput {
  return { from: batch.days[0]!, to: addDays(batch.days[batch.days.length - 1]!, 1) };
}
