import type { FieldNode } from "graphql";
import { getNamedType, isObjectType } from "graphql";
import { type RawBuilder, sql } from "kysely";
import type { TimelineArgs } from "../graphql/event/event.args";
import { objectJson } from "./compile-selection";
import { type Compilation, NotCompiled, readOf } from "./compilation";
import { connectionJson } from "./connection-sql";
import { eventKeys } from "./types/event.read";

const anyOf = (values: readonly string[]) => (values.length ? sql.join(values.map((value) => sql`${value}::text`)) : sql`NULL`);

/** `column IN (values)` with each value cast to the column's enum, as services/enum-sql.ts does (and why). */
const inEnum = (column: RawBuilder<unknown>, type: string, values: readonly string[]) =>
  values.length ? sql`${column} IN (${sql.join(values.map((value) => sql`${value}::${sql.id(type)}`))})` : sql`FALSE`;

/** The timeline's filters on the event `e`, as services/events.ts applies them. */
function conditions(args: TimelineArgs, e: string): RawBuilder<unknown>[] {
  const column = (name: string) => sql.ref(`${e}.${name}`);
  const all = [
    sql`${column("starts_at")} >= ${args.from.toISOString()}::timestamptz AND ${column("starts_at")} < ${args.to.toISOString()}::timestamptz`,
  ];
  if (args.kinds) all.push(inEnum(column("kind"), "EventKind", args.kinds));
  if (args.statuses) all.push(inEnum(column("status"), "EventStatus", args.statuses));
  for (const actors of [args.actors, args.participant ? [args.participant] : null]) {
    if (!actors) continue;
    all.push(
      sql`${column("id")} IN (SELECT p.event_id FROM event_participant p JOIN actor a ON a.id = p.actor_id WHERE a.slug IN (${anyOf(actors)}))`,
    );
  }
  for (const topics of [args.topics, args.topic ? [args.topic] : null]) {
    if (!topics) continue;
    all.push(
      sql`${column("id")} IN (SELECT et.event_id FROM event_topic et JOIN topic t ON t.id = et.topic_id WHERE t.slug IN (${anyOf(topics)}))`,
    );
  }
  return all;
}

/** `timeline(...)`: the events of the window, filtered and paged, in one statement. */
export function compileTimeline(compilation: Compilation, args: TimelineArgs, nodes: readonly FieldNode[]): RawBuilder<unknown> {
  if (args.from.getTime() >= args.to.getTime()) throw new NotCompiled("an empty window, which the resolver refuses");
  const type = getNamedType(compilation.schema.getQueryType()?.getFields().timeline?.type);
  if (!isObjectType(type)) throw new NotCompiled("timeline");
  const event = readOf(compilation, "Event");
  return connectionJson(compilation, {
    node: event,
    type,
    keys: eventKeys,
    from: (e) => sql`event ${sql.ref(e)}`,
    where: (e) => sql.join(conditions(args, e), sql` AND `),
    args,
    nodes,
    nodeJson: (row, nodeNodes) => objectJson(compilation, event, row, nodeNodes),
  });
}
