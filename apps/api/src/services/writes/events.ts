import type { Event, PrismaClient } from "@parley/db";
import type { EventKind, EventStatus, ParticipantRole, TimePrecision } from "../../enums";
import { BadUserInputError } from "../../errors";
import { checkEventTimes, checkNotBlank, checkSlug, checkTimeZone } from "./checks";
import { actorIdOf, topicIdsOf } from "./references";
import { type Tx, writeTransaction } from "./transaction";
import { deleteVersioned, lockVersioned, nextVersion, type VersionedRef } from "./versioned";

export interface EventFields {
  title: string;
  kind: EventKind;
  summary?: string | null;
  startsAt: Date;
  endsAt?: Date | null;
  timePrecision: TimePrecision;
  timeZone: string;
  orderInDay?: number | null;
  place?: string | null;
  status: EventStatus;
  /** Who took part, by actor slug; on update, replaces them all. */
  participants?: { actor: string; role: ParticipantRole }[] | null;
  /** Slugs of the topics; on update, replaces them all. */
  topics?: string[] | null;
}

/** The event's own columns from the fields given, checked. */
function columns<F extends Partial<EventFields>>(
  fields: F,
): Omit<F, "participants" | "topics" | "place" | "orderInDay"> & { placeName?: string | null; orderInDay?: number } {
  const { participants: _participants, topics: _topics, place, orderInDay, ...own } = fields;
  if (own.title !== undefined) checkNotBlank(own.title, "title");
  if (own.timeZone !== undefined) checkTimeZone(own.timeZone);
  if (orderInDay != null && (!Number.isInteger(orderInDay) || orderInDay < 1)) {
    throw new BadUserInputError("orderInDay is a whole number from 1", "input", "orderInDay");
  }
  return { ...own, ...(place !== undefined && { placeName: place }), ...(orderInDay != null && { orderInDay }) };
}

async function setParticipants(tx: Tx, eventId: string, participants: NonNullable<EventFields["participants"]>): Promise<void> {
  const rows = [];
  for (const { actor, role } of participants) rows.push({ eventId, actorId: await actorIdOf(tx, actor, "participants"), role });
  await tx.eventParticipant.deleteMany({ where: { eventId } });
  await tx.eventParticipant.createMany({ data: rows, skipDuplicates: true });
}

async function setTopics(tx: Tx, eventId: string, slugs: string[]): Promise<void> {
  const topicIds = await topicIdsOf(tx, slugs, "topics");
  await tx.eventTopic.deleteMany({ where: { eventId, topicId: { notIn: topicIds } } });
  await tx.eventTopic.createMany({ data: topicIds.map((topicId) => ({ eventId, topicId })), skipDuplicates: true });
}

async function setParts(tx: Tx, eventId: string, fields: Partial<EventFields>): Promise<void> {
  if (fields.participants) await setParticipants(tx, eventId, fields.participants);
  if (fields.topics) await setTopics(tx, eventId, fields.topics);
}

/** Creates an event within a write's transaction (a draft's publishing makes several). */
export async function insertEvent(tx: Tx, input: EventFields & { slug: string }): Promise<Event> {
  checkSlug(input.slug);
  checkEventTimes(input.startsAt, input.endsAt ?? null);
  const row = await tx.event.create({ data: { orderInDay: 1, ...columns(input) } });
  await setParts(tx, row.id, input);
  return row;
}

export function createEvent(db: PrismaClient, writer: string, input: EventFields & { slug: string }): Promise<Event> {
  return writeTransaction(db, writer, (tx) => insertEvent(tx, input));
}

export function updateEvent(db: PrismaClient, writer: string, input: VersionedRef & Partial<EventFields>): Promise<Event> {
  const { slug, version, ...fields } = input;
  return writeTransaction(db, writer, async (tx) => {
    const id = await lockVersioned(tx, "event", { slug, version });
    const current = await tx.event.findUniqueOrThrow({ where: { id }, select: { startsAt: true, endsAt: true } });
    checkEventTimes(fields.startsAt ?? current.startsAt, fields.endsAt === undefined ? current.endsAt : fields.endsAt);
    const row = await tx.event.update({ where: { id }, data: { ...columns(fields), ...nextVersion } });
    await setParts(tx, id, fields);
    return row;
  });
}

/** Deletes an event with its participants, topics and reports; one that statements were made at is refused. Returns its id. */
export function deleteEvent(db: PrismaClient, writer: string, ref: VersionedRef): Promise<string> {
  return writeTransaction(db, writer, (tx) => deleteVersioned(tx, "event", ref));
}
