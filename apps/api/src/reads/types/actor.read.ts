import { sql } from "kysely";
import { calendarDate, globalIdSql } from "../json-sql";
import { columnOf, type TypeRead, value } from "../read-type";
import { EventFilterArgs } from "../../graphql/event/event.args";
import { StatementFilterArgs } from "../../graphql/statement/statement.args";
import { eventConditions, validArguments } from "../filters";
import { statementList } from "../statement-list";
import { rowsWhere } from "../related";
import { eventKeys } from "./event.read";

const actor = columnOf("actor");

export const actorRead: TypeRead = {
  name: "Actor",
  table: "actor",
  fields: {
    id: value((row) => globalIdSql("Actor", actor("id")(row))),
    slug: value(actor("slug")),
    name: value(actor("name")),
    kind: value(actor("kind")),
    description: value(actor("description")),
    version: value(actor("version")),
    names: value(
      (row) =>
        sql`(SELECT coalesce(json_agg(n.name ORDER BY n.name), '[]'::json) FROM actor_name n WHERE n.actor_id = ${actor("id")(row)})`,
    ),
    statements: {
      kind: "connection",
      type: "Statement",
      related: rowsWhere("statement", "speaker_id", "actor", "id"),
      list: (args) => statementList(validArguments(StatementFilterArgs, args)),
    },
    events: {
      kind: "connection",
      type: "Event",
      related: {
        from: (e) => sql`event ${sql.ref(e)}`,
        where: (actor, e) =>
          sql`${sql.ref(`${e}.id`)} IN (SELECT p.event_id FROM event_participant p WHERE p.actor_id = ${sql.ref(`${actor}.id`)})`,
      },
      list: (args) => {
        const filters = validArguments(EventFilterArgs, args);
        return { conditions: (e) => eventConditions(filters, e), order: { keys: eventKeys } };
      },
    },
    ties: {
      kind: "many",
      type: "ActorTie",
      // In either direction.
      related: {
        from: (child) => sql`actor_tie ${sql.ref(child)}`,
        where: (parent, child) =>
          sql`${sql.ref(`${parent}.id`)} IN (${sql.ref(`${child}.actor_id`)}, ${sql.ref(`${child}.related_actor_id`)})`,
      },
      orderBy: (row) => sql`${sql.ref(`${row}.kind`)}, ${sql.ref(`${row}.id`)}`,
    },
  },
};

const tie = columnOf("actor_tie");

export const actorTieRead: TypeRead = {
  name: "ActorTie",
  table: "actor_tie",
  fields: {
    kind: value(tie("kind")),
    title: value(tie("title")),
    validFrom: value((row) => calendarDate(tie("valid_from")(row))),
    validTo: value((row) => calendarDate(tie("valid_to")(row))),
    actor: { kind: "one", type: "Actor", related: rowsWhere("actor", "id", "actor_tie", "actor_id") },
    relatedActor: { kind: "one", type: "Actor", related: rowsWhere("actor", "id", "actor_tie", "related_actor_id") },
    attestedBy: { kind: "one", type: "Excerpt", related: rowsWhere("excerpt", "id", "actor_tie", "excerpt_id") },
  },
};
