import { Prisma, type PrismaClient } from "@parley/db";
import { BadUserInputError } from "../errors";
import { endOfDaysBefore, firstInstantOf, localDayOf, onLocalDays, sqlDate, zoneSpread } from "./local-day";

export interface AdjacentDays {
  /** The latest day before the given one on which an event starts; null when none does. */
  previous: Date | null;
  /** The earliest day after it on which an event starts; null when none does. */
  next: Date | null;
}

const localDay = localDayOf();

/**
 * The days with events either side of `day` (a calendar date at UTC midnight), for a day view's
 * previous and next links. Each side reads a few days of the starts_at index, not every event:
 * an event on an earlier local day starts before the end of the days before `day`; one that
 * starts before `day`'s first instant anywhere is surely earlier, and the latest of those bounds
 * the answer, since no event starting a zone spread before it can fall on a later local day. The
 * next day mirrors this from the day after.
 */
export async function findAdjacentDays(db: PrismaClient, day: Date): Promise<AdjacentDays> {
  const date = sqlDate(day);
  const nextDate = Prisma.sql`${date} + 1`;
  const [row] = await db.$queryRaw<AdjacentDays[]>`
    SELECT
      (SELECT max(${localDay}) FROM event e
        WHERE e.starts_at < ${endOfDaysBefore(date)}
          AND e.starts_at >= coalesce((SELECT max(starts_at) FROM event WHERE starts_at < ${firstInstantOf(date)}), '-infinity') - ${zoneSpread}
          AND ${localDay} < ${date}) AS previous,
      (SELECT min(${localDay}) FROM event e
        WHERE e.starts_at >= ${firstInstantOf(nextDate)}
          AND e.starts_at < coalesce((SELECT min(starts_at) FROM event WHERE starts_at >= ${endOfDaysBefore(nextDate)}), 'infinity') + ${zoneSpread}
          AND ${localDay} > ${date}) AS next`;
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
  return db.$queryRaw<EventCount[]>`
    SELECT date_trunc(${truncateTo[unit]}, ${localDay})::date AS start, count(*)::int AS count
    FROM event e WHERE ${onLocalDays({ from, to })}
    GROUP BY 1 ORDER BY 1`;
}
