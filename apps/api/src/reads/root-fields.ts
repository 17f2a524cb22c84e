import type { FieldNode } from "graphql";
import { type RawBuilder, sql } from "kysely";
import { TimelineArgs, timelineSpan } from "../graphql/event/event.args";
import { startsIn } from "../services/events";
import { fromPrismaSql } from "./prisma-sql";
import { MAX_NODES } from "../graphql/node/node.resolver";
import { parseGlobalId } from "../graphql/relay/global-id";
import { StatementsArgs } from "../graphql/statement/statement.args";
import { eventConditions, validArguments } from "./filters";
import { statementList } from "./statement-list";
import { rootConnection } from "./root-connection";
import { eventKeys } from "./types/event.read";
import { objectJson } from "./compile-selection";
import { type Compilation, NotCompiled, readOf, tableOf } from "./compilation";

/** A root field's one SQL statement, as a JSON value. */
export type RootField = (compilation: Compilation, args: Record<string, unknown>, nodes: readonly FieldNode[]) => RawBuilder<unknown>;

/** `type(slug:)`: the row with that slug, or null. */
const bySlug =
  (typeName: string): RootField =>
  (compilation, args, nodes) => {
    const read = readOf(compilation, typeName);
    const row = compilation.nextAlias();
    return sql`(SELECT ${objectJson(compilation, read, row, nodes)} FROM ${sql.table(tableOf(read))} ${sql.ref(row)}
      WHERE ${sql.ref(`${row}.slug`)} = ${String(args.slug)})`;
  };

/** The node with this global id (each type its own declaration's), or null. */
function nodeById(compilation: Compilation, globalId: string, nodes: readonly FieldNode[]): RawBuilder<unknown> {
  let id: ReturnType<typeof parseGlobalId>;
  try {
    id = parseGlobalId(globalId);
  } catch {
    throw new NotCompiled("an id that is not a node's");
  }
  const read = readOf(compilation, id.type);
  const row = compilation.nextAlias();
  return sql`(SELECT ${objectJson(compilation, read, row, nodes)} FROM ${sql.table(tableOf(read))} ${sql.ref(row)}
    WHERE ${sql.ref(`${row}.id`)} = ${id.databaseId}::uuid)`;
}

/** The root fields that compile, each to one SQL statement. */
export const rootFields: Readonly<Record<string, RootField>> = {
  event: bySlug("Event"),
  statement: bySlug("Statement"),
  actor: bySlug("Actor"),
  source: bySlug("Source"),
  topic: bySlug("Topic"),
  node: (compilation, args, nodes) => nodeById(compilation, String(args.id), nodes),
  nodes(compilation, args, nodes) {
    const ids = args.ids as string[];
    if (ids.length > MAX_NODES) throw new NotCompiled("too many ids");
    return ids.length ? sql`json_build_array(${sql.join(ids.map((id) => nodeById(compilation, id, nodes)))})` : sql`'[]'::json`;
  },
  timeline(compilation, values, nodes) {
    const args = validArguments(TimelineArgs, values);
    // Arguments that give no one span are the resolvers' to refuse (timelineSpan throws their error).
    const span = timelineSpan(args);
    const conditions = (e: string) => [fromPrismaSql(startsIn(span, e)), ...eventConditions(args, e)];
    return rootConnection(
      compilation,
      { field: "timeline", node: "Event", shape: { conditions, order: { keys: eventKeys } } },
      args,
      nodes,
    );
  },
  statements(compilation, values, nodes) {
    const args = validArguments(StatementsArgs, values);
    return rootConnection(compilation, { field: "statements", node: "Statement", shape: statementList(args) }, args, nodes);
  },
};
