import type { Event as EventRow, Prisma, PrismaClient } from "@parley/db";
import type { EventKind, EventStatus } from "../graphql/enums";
import { BadUserInputError } from "../graphql/errors";
import type { ConnectionArgs } from "../graphql/relay/connection.args";
import type { PageOf } from "../graphql/relay/connection.type";
import { paginate } from "../graphql/relay/pagination";
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

function pageOfEvents<Node>(
  db: PrismaClient,
  where: Prisma.EventWhereInput,
  args: ConnectionArgs,
  toNode: (row: EventRow) => Node,
): Promise<PageOf<Node>> {
  return paginate({
    args,
    keyset: eventKeyset,
    fetch: (page) => db.event.findMany({ where: { AND: [where, page.where ?? {}] }, orderBy: page.orderBy, take: page.take }),
    count: () => db.event.count({ where }),
    toNode,
  });
}

/** The events that start in [from, to), in the order they happened. */
export function listTimeline<Node>(
  db: PrismaClient,
  args: ConnectionArgs & EventFilters & { from: Date; to: Date },
  toNode: (row: EventRow) => Node,
): Promise<PageOf<Node>> {
  if (args.from.getTime() >= args.to.getTime()) {
    throw new BadUserInputError("`from` must come before `to`", "to");
  }
  return pageOfEvents(db, { startsAt: { gte: args.from, lt: args.to }, ...whereEvents(args) }, args, toNode);
}

/** The events an actor took part in, in the order they happened. */
export function listEventsOfActor<Node>(
  db: PrismaClient,
  actorId: string,
  args: ConnectionArgs & EventFilters,
  toNode: (row: EventRow) => Node,
): Promise<PageOf<Node>> {
  return pageOfEvents(db, { AND: [{ participants: { some: { actorId } } }, whereEvents(args)] }, args, toNode);
}

export function findEventBySlug(db: PrismaClient, slug: string): Promise<EventRow | null> {
  return db.event.findUnique({ where: { slug } });
}
