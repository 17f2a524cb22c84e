import { type Actor, type Event as EventRow, type EventParticipant, type EventTopic, Prisma, type Topic } from "@parley/db";
import { actorJson, type Json, oneJson, reviveDates, topicJson } from "./row-json";

/**
 * What a page of events can bring along in the query that finds it, when the
 * request shows it: who took part (with the actors) and the topics, as JSON
 * built by PostgreSQL in the order the loaders give them (participantsOfEvent,
 * topicsOfEvent), and the length of the whole list.
 */
export interface EventPageParts {
  totalCount: boolean;
  participants: boolean;
  topics: boolean;
}

export type ParticipantWithActor = EventParticipant & { actor: Actor };
export type EventTopicWithTopic = EventTopic & { topic: Topic };
export type EventWithParts = EventRow & { participants?: ParticipantWithActor[]; topics?: EventTopicWithTopic[] };

const participantsSql = `(SELECT COALESCE(json_agg(json_build_object('eventId', p.event_id, 'actorId', p.actor_id, 'role', p.role,
    'actor', ${oneJson(actorJson, "actor", "a", "p.actor_id")}) ORDER BY p.role, p.actor_id), '[]')
  FROM event_participant p WHERE p.event_id = e.id)`;

const topicsSql = `(SELECT COALESCE(json_agg(json_build_object('eventId', et.event_id, 'topicId', et.topic_id, 'topic', ${topicJson("t")})
    ORDER BY t.name), '[]')
  FROM event_topic et JOIN topic t ON t.id = et.topic_id WHERE et.event_id = e.id)`;

/** The extra columns of the page query for the parts asked for; `where` is the list's whole condition, for its count. */
export function eventPartColumns(parts: EventPageParts, where: Prisma.Sql): Prisma.Sql {
  const columns = [
    // Uncorrelated, so PostgreSQL counts once for the whole page.
    parts.totalCount ? Prisma.sql`(SELECT count(*)::int FROM event e WHERE ${where}) AS "totalCount"` : null,
    parts.participants ? Prisma.raw(`${participantsSql} AS "participants"`) : null,
    parts.topics ? Prisma.raw(`${topicsSql} AS "topics"`) : null,
  ].filter((column): column is Prisma.Sql => column !== null);
  return columns.length ? Prisma.sql`, ${Prisma.join(columns)}` : Prisma.empty;
}

type Found = EventRow & { totalCount?: number; participants?: Json<ParticipantWithActor>[]; topics?: EventTopicWithTopic[] };

/** A row of the page query as an event with its parts, and the list's length if it was counted. */
export function reviveEventRow({ totalCount, participants, ...row }: Found): { event: EventWithParts; totalCount: number | undefined } {
  for (const { actor } of participants ?? []) reviveDates(actor, ["createdAt"]);
  return { event: { ...row, ...(participants && { participants: participants as unknown as ParticipantWithActor[] }) }, totalCount };
}
