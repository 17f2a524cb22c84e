import { sql } from "kysely";
import { globalIdSql, isoInstant } from "../json-sql";
import { columnOf, type TypeRead, value } from "../read-type";
import { rowsThrough, rowsWhere } from "../related";
import { instantKey, integerKey, uuidKey } from "../sort-keys";

const statement = columnOf("statement");

/** Statements in the order they were said (services/statement-order.ts). */
export const statementKeys = [instantKey(statement("said_at")), integerKey(statement("excerpt_start")), uuidKey(statement("id"))];

export const statementRead: TypeRead = {
  name: "Statement",
  table: "statement",
  fields: {
    id: value((row) => globalIdSql("Statement", statement("id")(row))),
    slug: value(statement("slug")),
    text: value(statement("text")),
    kind: value(statement("kind")),
    saidAt: value((row) => isoInstant(statement("said_at")(row))),
    timePrecision: value(statement("time_precision")),
    version: value(statement("version")),
    // Spans of a search's words: only a search finds them.
    highlights: value(() => sql`'[]'::json`),
    speaker: { kind: "one", type: "Actor", related: rowsWhere("actor", "id", "statement", "speaker_id") },
    event: { kind: "one", type: "Event", related: rowsWhere("event", "id", "statement", "event_id") },
    excerpt: { kind: "one", type: "Excerpt", related: rowsWhere("excerpt", "id", "statement", "excerpt_id") },
    capacity: { kind: "one", type: "ActorTie", related: rowsWhere("actor_tie", "id", "statement", "capacity_id") },
    topics: {
      kind: "many",
      type: "Topic",
      related: rowsThrough("statement_topic", "statement_id", "topic_id", "topic"),
      orderBy: (row) => sql.ref(`${row}.name`),
    },
    stances: {
      kind: "many",
      type: "Stance",
      related: rowsWhere("stance", "statement_id", "statement", "id"),
      orderBy: (row) => sql.ref(`${row}.id`),
    },
    relations: {
      kind: "many",
      type: "StatementRelation.to",
      related: rowsWhere("statement_relation", "from_id", "statement", "id"),
      orderBy: (row) => sql`${sql.ref(`${row}.kind`)}, ${sql.ref(`${row}.to_id`)}`,
    },
    relatedBy: {
      kind: "many",
      type: "StatementRelation.from",
      related: rowsWhere("statement_relation", "to_id", "statement", "id"),
      orderBy: (row) => sql`${sql.ref(`${row}.kind`)}, ${sql.ref(`${row}.from_id`)}`,
    },
  },
};

const stance = columnOf("stance");

export const stanceRead: TypeRead = {
  name: "Stance",
  table: "stance",
  fields: {
    position: value(stance("position")),
    topic: { kind: "one", type: "Topic", related: rowsWhere("topic", "id", "stance", "topic_id") },
    basis: { kind: "one", type: "Excerpt", related: rowsWhere("excerpt", "id", "stance", "basis_id") },
  },
};

const relation = columnOf("statement_relation");

/** A relation read from one end: `statement` is the statement at the other (`to` for relations, `from` for relatedBy). */
const relationRead = (otherEnd: "to_id" | "from_id"): TypeRead => ({
  name: "StatementRelation",
  table: "statement_relation",
  fields: {
    kind: value(relation("kind")),
    statement: { kind: "one", type: "Statement", related: rowsWhere("statement", "id", "statement_relation", otherEnd) },
    basis: { kind: "one", type: "Excerpt", related: rowsWhere("excerpt", "id", "statement_relation", "basis_id") },
  },
});

export const relationToRead = relationRead("to_id");
export const relationFromRead = relationRead("from_id");
