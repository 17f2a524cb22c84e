import { sql } from "kysely";
import { globalIdSql, isoInstant } from "../json-sql";
import { columnOf, type TypeRead, value } from "../read-type";
import { rowsThrough, rowsWhere } from "../related";
import { instantKey, integerKey, textKey } from "../sort-keys";
import { statementKeys } from "./statement.read";

const event = columnOf("event");

export const eventRead: TypeRead = {
  name: "Event",
  table: "event",
  fields: {
    id: value((row) => globalIdSql("Event", event("id")(row))),
    slug: value(event("slug")),
    title: value(event("title")),
    kind: value(event("kind")),
    summary: value(event("summary")),
    startsAt: value((row) => isoInstant(event("starts_at")(row))),
    endsAt: value((row) => isoInstant(event("ends_at")(row))),
    timePrecision: value(event("time_precision")),
    timeZone: value(event("time_zone")),
    orderInDay: value(event("order_in_day")),
    status: value(event("status")),
    version: value(event("version")),
    place: { kind: "same-row", type: "Place", when: (row) => sql`${event("place_name")(row)} IS NOT NULL` },
    participants: {
      kind: "many",
      type: "Participant",
      related: rowsWhere("event_participant", "event_id", "event", "id"),
      orderBy: (row) => sql`${sql.ref(`${row}.role`)}, ${sql.ref(`${row}.actor_id`)}`,
    },
    topics: {
      kind: "many",
      type: "Topic",
      related: rowsThrough("event_topic", "event_id", "topic_id", "topic"),
      orderBy: (row) => sql.ref(`${row}.name`),
    },
    reportedBy: {
      kind: "many",
      type: "Excerpt",
      related: rowsThrough("event_report", "event_id", "excerpt_id", "excerpt"),
      orderBy: (row) => sql`${sql.ref(`${row}.start`)}, ${sql.ref(`${row}.id`)}`,
    },
    statements: {
      kind: "connection",
      type: "Statement",
      related: rowsWhere("statement", "event_id", "event", "id"),
      list: () => ({ conditions: () => [], order: { keys: statementKeys } }),
    },
  },
};

/** Where an event took place: made of the event's row. */
export const placeRead: TypeRead = { name: "Place", table: "event", fields: { name: value(event("place_name")) } };

const participant = columnOf("event_participant");

export const participantRead: TypeRead = {
  name: "Participant",
  table: "event_participant",
  fields: {
    role: value(participant("role")),
    actor: { kind: "one", type: "Actor", related: rowsWhere("actor", "id", "event_participant", "actor_id") },
  },
};

/** The events' own order: by start, then their order in the day, then slug (services/events.ts). */
export const eventKeys = [instantKey(event("starts_at")), integerKey(event("order_in_day")), textKey(event("slug"))];
