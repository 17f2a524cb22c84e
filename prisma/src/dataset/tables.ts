import type { TableWrite } from "./bulk-write";

/** How an import writes each table: its columns, the natural key it upserts on, and what a re-import may change. */
export const tables = {
  source: {
    table: "source",
    columns: {
      id: "uuid", slug: "text", kind: '"SourceKind"', title: "text", publisher: "text", url: "text",
      published_on: "date", language: "text", text: "text", content_hash: "text",
    },
    key: ["slug"],
    // The text may change only while nothing cites it: checked before writing.
    update: ["kind", "title", "publisher", "url", "published_on", "language", "text", "content_hash"],
  },
  excerpt: {
    table: "excerpt",
    columns: { id: "uuid", source_id: "uuid", start: "integer", end: "integer" },
    key: ["source_id", "start", "end"],
    update: [],
  },
  topic: {
    table: "topic",
    columns: { id: "uuid", slug: "text", name: "text", description: "text" },
    key: ["slug"],
    update: ["name", "description"],
  },
  actor: {
    table: "actor",
    columns: { id: "uuid", slug: "text", name: "text", kind: '"ActorKind"', description: "text" },
    key: ["slug"],
    update: ["name", "kind", "description"],
  },
  actorName: {
    table: "actor_name",
    columns: { id: "uuid", actor_id: "uuid", name: "text" },
    key: ["actor_id", "name"],
    update: [],
  },
  actorTie: {
    table: "actor_tie",
    columns: {
      id: "uuid", actor_id: "uuid", related_actor_id: "uuid", kind: '"ActorTieKind"', title: "text",
      valid_from: "date", valid_to: "date", excerpt_id: "uuid",
    },
    key: ["actor_id", "related_actor_id", "kind"],
    update: ["title", "valid_from", "valid_to", "excerpt_id"],
  },
  event: {
    table: "event",
    columns: {
      id: "uuid", slug: "text", title: "text", kind: '"EventKind"', summary: "text", starts_at: "timestamptz",
      ends_at: "timestamptz", time_precision: '"TimePrecision"', time_zone: "text", order_in_day: "integer",
      place_name: "text", status: '"EventStatus"',
    },
    key: ["slug"],
    update: ["title", "kind", "summary", "starts_at", "ends_at", "time_precision", "time_zone", "order_in_day", "place_name", "status"],
  },
  eventParticipant: {
    table: "event_participant",
    columns: { event_id: "uuid", actor_id: "uuid", role: '"ParticipantRole"' },
    key: ["event_id", "actor_id", "role"],
    update: [],
  },
  eventTopic: {
    table: "event_topic",
    columns: { event_id: "uuid", topic_id: "uuid" },
    key: ["event_id", "topic_id"],
    update: [],
  },
  eventReport: {
    table: "event_report",
    columns: { event_id: "uuid", excerpt_id: "uuid" },
    key: ["event_id", "excerpt_id"],
    update: [],
  },
  statement: {
    table: "statement",
    columns: {
      id: "uuid", slug: "text", text: "text", kind: '"StatementKind"', speaker_id: "uuid", event_id: "uuid",
      said_at: "timestamptz", time_precision: '"TimePrecision"', excerpt_id: "uuid", capacity_id: "uuid",
    },
    key: ["slug"],
    update: ["text", "kind", "speaker_id", "event_id", "said_at", "time_precision", "excerpt_id", "capacity_id"],
  },
  statementTopic: {
    table: "statement_topic",
    columns: { statement_id: "uuid", topic_id: "uuid" },
    key: ["statement_id", "topic_id"],
    update: [],
  },
  stance: {
    table: "stance",
    columns: { id: "uuid", statement_id: "uuid", topic_id: "uuid", position: '"StancePosition"', basis_id: "uuid" },
    key: ["statement_id", "topic_id"],
    update: ["position", "basis_id"],
  },
  statementRelation: {
    table: "statement_relation",
    columns: { from_id: "uuid", to_id: "uuid", kind: '"StatementRelationKind"', basis_id: "uuid" },
    key: ["from_id", "to_id", "kind"],
    update: ["basis_id"],
  },
} satisfies Record<string, TableWrite>;
