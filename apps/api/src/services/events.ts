import type { Event as EventRow, Prisma, PrismaClient } from "@parley/db";
import type { EventKind, EventStatus } from "../enums";
import { BadUserInputError } from "../errors";
import type { Page, PageArgs } from "../paging/page";
import { paginate } from "../paging/keyset";
import { eventKeyset } from "./event-order";

export interface EventFilters {
  kinds?: EventKind[] | null;
  statuses?: EventStatus[] | null;
  /** Slug of an actor taking part. */
  participant?: string | null;
  /** Slug of a topic. */
  topic?: string | null;
}

function whereEvents(filters: EventFilters): Prisma.EventWhereInput {
  return {
    ...(filters.kinds ? { kind: { in: filters.kinds } } : {}),
    ...(filters.statuses ? { status: { in: filters.statuses } } : {}),
    ...(filters.participant ? { participants: { some: { actor: { slug: filters.participant } } } } : {}),
    ...(filters.topic ? { topics: { some: { topic: { slug: filters.topic } } } } : {}),
  };
}

function pageOfEvents(
  db: PrismaClient,
  where: Prisma.EventWhereInput,
  args: PageArgs,
): Promise<Page<EventRow>> {
  return paginate({
    args,
    keyset: eventKeyset,
    fetch: (page) => db.event.findMany({ where: { AND: [where, page.where ?? {}] }, orderBy: page.orderBy, take: page.take }),
    count: () => db.event.count({ where }),
  });
}

/** The events that start in [from, to), in the order they happened. */
export function listTimeline(
  db: PrismaClient,
  args: PageArgs & EventFilters & { from: Date; to: Date },
): Promise<Page<EventRow>> {
  if (args.from.getTime() >= args.to.getTime()) {
    throw new BadUserInputError("`from` must come before `to`", "to");
  }
  return pageOfEvents(db, { startsAt: { gte: args.from, lt: args.to }, ...whereEvents(args) }, args);
}

/** The events an actor took part in, in the order they happened. */
export function listEventsOfActor(
  db: PrismaClient,
  actorId: string,
  args: PageArgs & EventFilters,
): Promise<Page<EventRow>> {
  return pageOfEvents(db, { AND: [{ participants: { some: { actorId } } }, whereEvents(args)] }, args);
}

export function findEventBySlug(db: PrismaClient, slug: string): Promise<EventRow | null> {
  return db.event.findUnique({ where: { slug } });
}
