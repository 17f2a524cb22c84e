import { Prisma } from "@parley/db";

// An event's day is its start's date in its own time zone. Zones lie between UTC-12 and UTC+14,
// so a date begins somewhere 14 hours before its UTC midnight and has ended everywhere 12 hours
// after the next one. Queries read the starts_at index over that window, then keep the events
// whose local date is wanted: the index cannot serve the local date itself.
const aheadOfUtc = Prisma.sql`interval '14 hours'`;
const behindUtc = Prisma.sql`interval '12 hours'`;

/**
 * How far apart one wall-clock time falls in the first time zone and the last: an event that
 * starts further than this before another cannot fall on a later local day.
 */
export const zoneSpread = Prisma.sql`(${aheadOfUtc} + ${behindUtc})`;

/** Calendar days from `from` up to `to`, which is left out: dates at UTC midnight, as the `Date` scalar gives them. */
export interface LocalDays {
  from: Date;
  to: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One calendar day, as LocalDays. */
export function oneDay(date: Date): LocalDays {
  return { from: date, to: new Date(date.getTime() + DAY_MS) };
}

/** A `Date` scalar's value as SQL's date, whatever the session's time zone. */
export function sqlDate(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString().slice(0, 10)}::date`;
}

/** The local day of the event under `alias` (the query's own alias for the event table, never input). */
export function localDayOf(alias = "e"): Prisma.Sql {
  const e = Prisma.raw(alias);
  return Prisma.sql`(${e}.starts_at AT TIME ZONE ${e}.time_zone)::date`;
}

/** The first instant of `day` (an SQL date) in any time zone. */
export function firstInstantOf(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${day})::timestamp AT TIME ZONE 'UTC' - ${aheadOfUtc})`;
}

/** The instant by which every day before `end` (an SQL date) has ended in every time zone. */
export function endOfDaysBefore(end: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${end})::timestamp AT TIME ZONE 'UTC' + ${behindUtc})`;
}

/**
 * The condition that the event under `alias` falls on one of `days`, each event on its own local
 * date: a window of starts_at, which the index serves, then the local dates within it.
 */
export function onLocalDays(days: LocalDays, alias = "e"): Prisma.Sql {
  const startsAt = Prisma.raw(`${alias}.starts_at`);
  const [from, to] = [sqlDate(days.from), sqlDate(days.to)];
  return Prisma.sql`${startsAt} >= ${firstInstantOf(from)} AND ${startsAt} < ${endOfDaysBefore(to)}
    AND ${localDayOf(alias)} >= ${from} AND ${localDayOf(alias)} < ${to}`;
}
