import type { FieldNode, GraphQLObjectType } from "graphql";
import { getNamedType, isObjectType } from "graphql";
import { type RawBuilder, sql } from "kysely";
import { type PageArgs, readPageRequest } from "../paging/page";
import { collectFields, subselections } from "./collect-fields";
import { type Compilation, NotCompiled } from "./compilation";
import { base64url, jsonObject } from "./json-sql";
import type { SortKey, TypeRead } from "./read-type";

/** A Relay connection to compile: its rows (`from`, `where`, in `keys` order), the page asked for, and how a node's JSON is made. */
export interface ConnectionSpec {
  node: TypeRead;
  type: GraphQLObjectType;
  keys: SortKey[];
  from(listed: string): RawBuilder<unknown>;
  where(listed: string): RawBuilder<unknown>;
  args: PageArgs;
  nodes: readonly FieldNode[];
  nodeJson(row: string, nodes: readonly FieldNode[]): RawBuilder<unknown>;
}

function fieldType(type: GraphQLObjectType, name: string): GraphQLObjectType {
  const named = getNamedType(type.getFields()[name]?.type);
  if (!isObjectType(named)) throw new NotCompiled(`${type.name}.${name}`);
  return named;
}

/** A cursor as paging/cursor.ts encodes it: base64url of the JSON array of the row's sort key. */
const cursorSql = (keys: SortKey[], row: string) =>
  base64url(
    sql`'[' || ${sql.join(
      keys.map((key) => key.json(row)),
      sql` || ',' || `,
    )} || ']'`,
  );

/**
 * The connection as one JSON object, in one subquery: the page's rows read in
 * keyset order beyond the cursor, as paging/page.ts pages, then aggregated
 * into edges in the list's order (grouped by nothing, so that an empty page is
 * one row too). Whether more rows follow, the cursors and the total are read
 * only when the selection asks for them.
 */
export function connectionJson(compilation: Compilation, spec: ConnectionSpec): RawBuilder<unknown> {
  const { keys } = spec;
  const request = readPageRequest(spec.args, keys.length);
  const cursorValues = request.cursor?.map((value, index) => {
    const key = keys[index]!;
    const checked = key.check(value);
    return sql`${checked instanceof Date ? checked.toISOString() : checked}::${sql.raw(key.type)}`;
  });
  const listed = compilation.nextAlias();
  const page = compilation.nextAlias();
  // Made from the page's own columns, after the page is read: in the page's query it drew the planner away from the index.
  const cursor = cursorSql(keys, page);
  const inOrder = (alias: string, ascending: boolean) =>
    sql.join(keys.map((key) => sql`${key.sql(alias)} ${sql.raw(ascending ? "ASC" : "DESC")}`));
  const rowsBeyondCursor = (alias: string) => {
    const beyond = cursorValues
      ? sql`(${sql.join(keys.map((key) => key.sql(alias)))}) ${sql.raw(request.forward ? ">" : "<")} (${sql.join(cursorValues)})`
      : sql`TRUE`;
    return sql`FROM ${spec.from(alias)} WHERE ${spec.where(alias)} AND ${beyond} ORDER BY ${inOrder(alias, request.forward)}`;
  };
  // Whether a row follows the page, in the direction of paging: the one beyond its last.
  const more = () => {
    const next = compilation.nextAlias();
    return sql`EXISTS (SELECT 1 ${rowsBeyondCursor(next)} OFFSET ${sql.lit(request.size)} LIMIT 1)`;
  };

  const edgeType = fieldType(spec.type, "edges");
  const edgeJson = (nodes: FieldNode[]) =>
    jsonObject(
      [...collectFields(compilation, edgeType, subselections(nodes))].map(([key, edgeNodes]) => {
        const name = edgeNodes[0]!.name.value;
        if (name === "cursor") return [key, cursor];
        if (name === "node") return [key, spec.nodeJson(page, edgeNodes)];
        if (name === "__typename") return [key, sql.lit(edgeType.name)];
        throw new NotCompiled(`${edgeType.name}.${name}`);
      }),
    );
  const pageInfoType = fieldType(spec.type, "pageInfo");
  const cursorGiven = sql.lit(request.cursor !== undefined);
  const pageInfo: Record<string, () => RawBuilder<unknown>> = {
    hasNextPage: () => (request.forward ? more() : cursorGiven),
    hasPreviousPage: () => (request.forward ? cursorGiven : more()),
    startCursor: () => sql`(array_agg(${cursor} ORDER BY ${inOrder(page, true)}))[1]`,
    endCursor: () => sql`(array_agg(${cursor} ORDER BY ${inOrder(page, false)}))[1]`,
    __typename: () => sql.lit(pageInfoType.name),
  };
  const pageInfoJson = (nodes: FieldNode[]) =>
    jsonObject(
      [...collectFields(compilation, pageInfoType, subselections(nodes))].map(([key, infoNodes]) => {
        const value = pageInfo[infoNodes[0]!.name.value];
        if (!value) throw new NotCompiled(`${pageInfoType.name}.${infoNodes[0]!.name.value}`);
        return [key, value()];
      }),
    );
  const counted = compilation.nextAlias();
  const entries = [...collectFields(compilation, spec.type, subselections(spec.nodes))].map(
    ([key, nodes]): [string, RawBuilder<unknown>] => {
      const name = nodes[0]!.name.value;
      if (name === "edges") return [key, sql`coalesce(json_agg(${edgeJson(nodes)} ORDER BY ${inOrder(page, true)}), '[]'::json)`];
      if (name === "pageInfo") return [key, pageInfoJson(nodes)];
      if (name === "totalCount") return [key, sql`(SELECT count(*)::int FROM ${spec.from(counted)} WHERE ${spec.where(counted)})`];
      if (name === "__typename") return [key, sql.lit(spec.type.name)];
      throw new NotCompiled(`${spec.type.name}.${name}`);
    },
  );
  return sql`(SELECT ${jsonObject(entries)} FROM (
      SELECT ${sql.ref(listed)}.* ${rowsBeyondCursor(listed)} LIMIT ${sql.lit(request.size)}
    ) ${sql.ref(page)} GROUP BY ())`;
}
