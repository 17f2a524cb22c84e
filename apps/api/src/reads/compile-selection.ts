import { type FieldNode, getArgumentValues, getNamedType, type GraphQLObjectType, isObjectType } from "graphql";
import { type RawBuilder, sql } from "kysely";
import type { PageArgs } from "../paging/page";
import { collectFields, subselections } from "./collect-fields";
import { type Compilation, NotCompiled, readOf } from "./compilation";
import { connectionJson } from "./connection-sql";
import { jsonObject, MAX_OBJECT_KEYS } from "./json-sql";
import type { FieldRead, TypeRead } from "./read-type";

function objectType(compilation: Compilation, name: string): GraphQLObjectType {
  const type = compilation.schema.getType(name);
  if (!isObjectType(type)) throw new NotCompiled(name);
  return type;
}

/** The selection of `nodes` on the row `row` of `read`'s table, as one JSON object in response order. */
export function objectJson(compilation: Compilation, read: TypeRead, row: string, nodes: readonly FieldNode[]): RawBuilder<unknown> {
  const type = objectType(compilation, read.name);
  const entries: [string, RawBuilder<unknown>][] = [];
  for (const [key, fieldNodes] of collectFields(compilation, type, subselections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    if (name === "__typename") {
      entries.push([key, sql.lit(read.name)]);
      continue;
    }
    const field = read.fields[name];
    if (!field) throw new NotCompiled(`${read.name}.${name}`);
    entries.push([key, fieldJson(compilation, type, row, name, field, fieldNodes)]);
  }
  if (entries.length > MAX_OBJECT_KEYS) throw new NotCompiled(`${read.name} with ${entries.length} fields`);
  return jsonObject(entries);
}

function fieldJson(
  compilation: Compilation,
  type: GraphQLObjectType,
  row: string,
  name: string,
  field: FieldRead,
  nodes: FieldNode[],
): RawBuilder<unknown> {
  if (field.kind === "value") return field.sql(row);
  const target = readOf(compilation, field.type);
  if (field.kind === "same-row") return sql`CASE WHEN ${field.when(row)} THEN ${objectJson(compilation, target, row, nodes)} END`;
  const child = compilation.nextAlias();
  const { related } = field;
  if (field.kind === "one") {
    return sql`(SELECT ${objectJson(compilation, target, child, nodes)} FROM ${related.from(child, row)} WHERE ${related.where(row, child)})`;
  }
  if (field.kind === "many") {
    return sql`(SELECT coalesce(json_agg(${objectJson(compilation, target, child, nodes)} ORDER BY ${field.orderBy(child)}), '[]'::json)
      FROM ${related.from(child, row)} WHERE ${related.where(row, child)})`;
  }
  const definition = type.getFields()[name]!;
  const connectionType = getNamedType(definition.type);
  if (!isObjectType(connectionType)) throw new NotCompiled(`${type.name}.${name}`);
  const args = getArgumentValues(definition, nodes[0]!, compilation.variables);
  const shape = field.list(args);
  const node = shape.node ?? target;
  return connectionJson(compilation, {
    type: connectionType,
    order: shape.order,
    from: (listed) => related.from(listed, row),
    where: (listed) => sql.join([related.where(row, listed), ...shape.conditions(listed)], sql` AND `),
    args: args as PageArgs,
    nodes,
    nodeJson: (listed, nodeNodes) => objectJson(compilation, node, listed, nodeNodes),
  });
}
