import { type Event as EventRow, Prisma, type PrismaClient } from "@parley/db";
import type { EventKind, EventStatus } from "../enums";
import { inEnum } from "./enum-sql";
import { type LocalDays, onLocalDays } from "./local-day";
import { cursorValue } from "../paging/cursor";
import type { Page, PageArgs } from "../paging/page";
import { topicIds, type TopicIds } from "./topics";
import { createPagedLoader, type PageSql, paginateSql, type SqlOrder } from "../paging/keyset";

/**
 * Events in the order they happened: by start, then by their order within
 * the day as the sources give it; events the sources leave unordered keep a
 * stable order by slug. Served by the index on (starts_at, order_in_day, slug).
 */
const eventOrder: SqlOrder<EventRow> = {
  direction: "asc",
  keys: [
    { column: Prisma.sql`e.starts_at`, type: "timestamptz", read: (row) => row.startsAt.toISOString(), check: cursorValue.date },
    { column: Prisma.sql`e.order_in_day`, type: "integer", read: (row) => row.orderInDay, check: cursorValue.integer },
    { column: Prisma.sql`e.slug`, type: "text", read: (row) => row.slug, check: cursorValue.string },
  ],
};

export interface EventFilters {
  kinds?: EventKind[] | null;
  statuses?: EventStatus[] | null;
  /** Slugs of actors: events any of them took part in. */
  actors?: string[] | null;
  /** Slugs of topics: events about any of them. */
  topics?: string[] | null;
  /** Slug of an actor taking part (the older, single form of `actors`; both apply when both are given). */
  participant?: string | null;
  /** Slug of a topic (the older, single form of `topics`). */
  topic?: string | null;
}

const anyOf = (values: string[]) => (values.length ? Prisma.join(values) : Prisma.sql`NULL`);

/** The filters as conditions take them: each group of topic slugs (`topics`, `topic`) as its topics' ids (see topicIds). */
export type EventQueryFilters = Omit<EventFilters, "topics" | "topic"> & { topicIds: TopicIds[] };

/** The filter's groups of topic slugs, each of which an event must match one of. */
export function topicGroups(filters: EventFilters): string[][] {
  return [filters.topics, filters.topic ? [filters.topic] : null].filter((slugs): slugs is string[] => slugs != null);
}

async function queryFilters(db: PrismaClient, filters: EventFilters): Promise<EventQueryFilters> {
  return { ...filters, topicIds: await Promise.all(topicGroups(filters).map((slugs) => topicIds(db, slugs))) };
}

/** The filters as SQL conditions on the event table's alias `e`: the services' lists and the compiled reads' alike. */
export function eventConditions(filters: EventQueryFilters, e = "e"): Prisma.Sql[] {
  const column = (name: string) => Prisma.raw(`${e}.${name}`);
  const all: Prisma.Sql[] = [];
  if (filters.kinds) all.push(inEnum(column("kind"), "EventKind", filters.kinds));
  if (filters.statuses) all.push(inEnum(column("status"), "EventStatus", filters.statuses));
  for (const actors of [filters.actors, filters.participant ? [filters.participant] : null]) {
    if (!actors) continue;
    all.push(Prisma.sql`${column("id")} IN (SELECT p.event_id FROM event_participant p JOIN actor a ON a.id = p.actor_id
      WHERE a.slug IN (${anyOf(actors)}))`);
  }
  for (const ids of filters.topicIds)
    all.push(Prisma.sql`${column("id")} IN (SELECT et.event_id FROM event_topic et WHERE et.topic_id = ANY(${ids}::uuid[]))`);
  return all;
}

const whereAll = (all: Prisma.Sql[]) => (all.length ? Prisma.join(all, " AND ") : Prisma.sql`TRUE`);

/** Every column of an event under its Prisma field's name, so that a page comes back as rows in the query that finds it. */
const columnOf: Record<keyof EventRow, string> = {
  id: "id",
  slug: "slug",
  title: "title",
  kind: "kind",
  summary: "summary",
  startsAt: "starts_at",
  endsAt: "ends_at",
  timePrecision: "time_precision",
  timeZone: "time_zone",
  orderInDay: "order_in_day",
  placeName: "place_name",
  version: "version",
  status: "status",
  createdAt: "created_at",
};
const eventColumns = Prisma.raw(
  Object.entries(columnOf)
    .map(([field, column]) => `e.${column} AS "${field}"`)
    .join(", "),
);

function pageQuery(where: Prisma.Sql, page: PageSql): Prisma.Sql {
  return Prisma.sql`SELECT ${eventColumns} FROM event e WHERE ${where} AND ${page.beyondCursor} ORDER BY ${page.orderBy} LIMIT ${page.limit}`;
}

/** When a timeline's events start: in [from, to) of instants, or on local days (see local-day.ts). */
export type TimelineSpan = { instants: { from: Date; to: Date } } | { days: LocalDays };

/** The condition that the event under `alias` starts in `span`, for any query that lists a timeline. */
export function startsIn(span: TimelineSpan, alias = "e"): Prisma.Sql {
  if ("days" in span) return onLocalDays(span.days, alias);
  const startsAt = Prisma.raw(`${alias}.starts_at`);
  return Prisma.sql`${startsAt} >= ${span.instants.from}::timestamptz AND ${startsAt} < ${span.instants.to}::timestamptz`;
}

/** The events that start in `span` and match the filters, in the order they happened. */
export async function listTimeline(db: PrismaClient, args: PageArgs & EventFilters & { span: TimelineSpan }): Promise<Page<EventRow>> {
  const where = whereAll([startsIn(args.span), ...eventConditions(await queryFilters(db, args))]);
  return paginateSql({
    args,
    order: eventOrder,
    fetch: (page) => db.$queryRaw<EventRow[]>(pageQuery(where, page)),
    count: async () => {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM event e WHERE ${where}`;
      return row?.count ?? 0;
    },
  });
}

export type EventsOfActorLoader = ReturnType<typeof createEventsOfActorLoader>;

/** Each actor's events for a page of actors, in one query whatever the page's size, and their counts in one more. */
export function createEventsOfActorLoader(db: PrismaClient, signal: AbortSignal) {
  const inParticipants = (actor: Prisma.Sql) => Prisma.sql`e.id IN (SELECT event_id FROM event_participant WHERE actor_id = ${actor})`;
  return createPagedLoader<PageArgs & EventFilters, EventRow>({
    signal,
    order: () => eventOrder,
    async fetch(actorIds, args, page) {
      const where = whereAll([inParticipants(Prisma.sql`actor.id`), ...eventConditions(await queryFilters(db, args))]);
      const found = await db.$queryRaw<(EventRow & { parentId: string })[]>`
        SELECT actor.id AS "parentId", found.* FROM (VALUES ${Prisma.join(actorIds.map((id) => Prisma.sql`(${id}::uuid)`))}) AS actor(id)
        CROSS JOIN LATERAL (${pageQuery(where, page)}) found`;
      return found.map(({ parentId, ...row }) => ({ parentId, row }));
    },
    async count(actorIds, args) {
      const counted = await db.$queryRaw<{ actor_id: string; count: number }[]>`
        SELECT p.actor_id, count(DISTINCT e.id)::int AS count FROM event e JOIN event_participant p ON p.event_id = e.id
        WHERE p.actor_id IN (${Prisma.join(actorIds.map((id) => Prisma.sql`${id}::uuid`))}) AND ${whereAll(eventConditions(await queryFilters(db, args)))}
        GROUP BY p.actor_id`;
      return new Map(counted.map((row) => [row.actor_id, row.count]));
    },
  });
}

export function findEventBySlug(db: PrismaClient, slug: string): Promise<EventRow | null> {
  return db.event.findUnique({ where: { slug } });
}
