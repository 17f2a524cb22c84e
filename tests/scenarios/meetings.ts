import type { DatasetEvent } from "@parley/schema";

const dayMs = 24 * 60 * 60 * 1000;

/** The `n`th day (from 0) after `from`, both YYYY-MM-DD. */
export function dayAfter(from: string, n: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
}

/** The `order`th meeting of a day, at 08:00 UTC plus `order` hours: the range scenarios' events. */
export function meeting(slug: string, title: string, day: string, order: number): DatasetEvent {
  return {
    slug,
    title,
    kind: "MEETING",
    startsAt: `${day}T${String(8 + order).padStart(2, "0")}:00:00.000Z`,
    timePrecision: "HOUR",
    timeZone: "UTC",
    orderInDay: order,
    status: "OCCURRED",
  };
}
