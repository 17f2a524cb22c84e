import { Prisma, type PrismaClient } from "@parley/db";
import { BadUserInputError } from "../errors";

export interface AdjacentDays {
  /** The latest day before the given one on which an event starts; null when none does. */
  previous: Date | null;
  /** The earliest day after it on which an event starts; null when none does. */
  next: Date | null;
}

// An event's day is its start's date in its own time zone, which lies within UTC-12 to UTC+14.
const localDay = Prisma.sql`(e.starts_at AT TIME ZONE e.time_zone)::date`;

/**
 * The days with events either side of `day` (a calendar date at UTC midnight), for a day view's
 * previous and next links. Each side reads a few days of the starts_at index, not every event:
 * an event on an earlier local day starts before `day` + 12 h (UTC-12); one that starts before
 * `day` - 14 h (UTC+14) is surely earlier, and the latest of those bounds the answer, since no
 * event starting over 26 h before it can fall on a later local day. The next day mirrors this
 * from the day's end (`day` + 24 h): later days start after it - 14 h, surely after it + 12 h.
 */
export async function findAdjacentDays(db: PrismaClient, day: Date): Promise<AdjacentDays> {
  // Read as a calendar date and its UTC midnight, whatever the session's time zone.
  const date = day.toISOString().slice(0, 10);
  const [row] = await db.$queryRaw<AdjacentDays[]>`
    WITH bounds AS (SELECT ${date}::date AS day, ${date}::date::timestamp AT TIME ZONE 'UTC' AS day_start)
    SELECT
      (SELECT max(${localDay}) FROM event e, bounds
        WHERE e.starts_at < day_start + interval '12 hours'
          AND e.starts_at >= coalesce((SELECT max(starts_at) FROM event WHERE starts_at < day_start - interval '14 hours'), '-infinity') - interval '26 hours'
          AND ${localDay} < day) AS previous,
      (SELECT min(${localDay}) FROM event e, bounds
        WHERE e.starts_at >= day_start + interval '10 hours'
          AND e.starts_at < coalesce((SELECT min(starts_at) FROM event WHERE starts_at >= day_start + interval '36 hours'), 'infinity') + interval '26 hours'
          AND ${localDay} > day) AS next
    FROM bounds`;
  return row ?? { previous: null, next: null };
}

export type CalendarUnit = "DAY" | "MONTH" | "YEAR";

const truncateTo: Record<CalendarUnit, Prisma.Sql> = {
  DAY: Prisma.sql`'day'`,
  MONTH: Prisma.sql`'month'`,
  YEAR: Prisma.sql`'year'`,
};

export interface EventCount {
  /** The first day of the period. */
  start: Date;
  count: number;
}

/**
 * How many events fall in each day, month or year of [from, to) that has any, each event on its
 * own local date: a range view's clusters. Reads the starts_at index over the range and a margin.
 */
export async function countEventsByPeriod(db: PrismaClient, from: Date, to: Date, unit: CalendarUnit): Promise<EventCount[]> {
  if (from.getTime() >= to.getTime()) throw new BadUserInputError("`from` must come before `to`", "to");
  const first = from.toISOString().slice(0, 10);
  const last = to.toISOString().slice(0, 10);
  return db.$queryRaw<EventCount[]>`
    SELECT date_trunc(${truncateTo[unit]}, e.local_day)::date AS start, count(*)::int AS count
    FROM (SELECT ${localDay} AS local_day FROM event e
          WHERE e.starts_at >= ${first}::date::timestamp AT TIME ZONE 'UTC' - interval '14 hours'
            AND e.starts_at < ${last}::date::timestamp AT TIME ZONE 'UTC' + interval '12 hours') e
    WHERE e.local_day >= ${first}::date AND e.local_day < ${last}::date
    GROUP BY 1 ORDER BY 1`;
}
