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
 * keyset order beyond the cursor (one more than asked, to know if more follow,
 * as paging/page.ts's toPage does), numbered, then aggregated into edges and
 * page info, grouped by nothing so that an empty page is one row too. The
 * total is counted only when asked for.
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
  const direction = sql.raw(request.forward ? "ASC" : "DESC");
  const order = sql.join(keys.map((key) => sql`${key.sql(listed)} ${direction}`));
  const beyondCursor = cursorValues
    ? sql`(${sql.join(keys.map((key) => key.sql(listed)))}) ${sql.raw(request.forward ? ">" : "<")} (${sql.join(cursorValues)})`
    : sql`TRUE`;
  const size = sql.lit(request.size);
  const hasMore = sql`count(*) > ${size}`;
  const cursorGiven = sql.lit(request.cursor !== undefined);
  const row = sql.ref(`${page}.page_row`);
  const cursorAt = (position: RawBuilder<unknown>) =>
    sql`max(${sql.ref(`${page}.page_cursor`)}) FILTER (WHERE ${row} = ${position} AND ${row} <= ${size})`;
  const lastRow = sql`least(${sql.ref(`${page}.page_rows`)}, ${size})`;
  const [first, last] = request.forward ? [sql.lit(1), lastRow] : [lastRow, sql.lit(1)];

  const edgeType = fieldType(spec.type, "edges");
  const edgeJson = (nodes: FieldNode[]) =>
    jsonObject(
      [...collectFields(compilation, edgeType, subselections(nodes))].map(([key, edgeNodes]) => {
        const name = edgeNodes[0]!.name.value;
        if (name === "cursor") return [key, sql.ref(`${page}.page_cursor`)];
        if (name === "node") return [key, spec.nodeJson(page, edgeNodes)];
        if (name === "__typename") return [key, sql.lit(edgeType.name)];
        throw new NotCompiled(`${edgeType.name}.${name}`);
      }),
    );
  const pageInfoType = fieldType(spec.type, "pageInfo");
  const pageInfo: Record<string, RawBuilder<unknown>> = {
    hasNextPage: request.forward ? hasMore : cursorGiven,
    hasPreviousPage: request.forward ? cursorGiven : hasMore,
    startCursor: cursorAt(first),
    endCursor: cursorAt(last),
    __typename: sql.lit(pageInfoType.name),
  };
  const pageInfoJson = (nodes: FieldNode[]) =>
    jsonObject(
      [...collectFields(compilation, pageInfoType, subselections(nodes))].map(([key, infoNodes]) => {
        const value = pageInfo[infoNodes[0]!.name.value];
        if (!value) throw new NotCompiled(`${pageInfoType.name}.${infoNodes[0]!.name.value}`);
        return [key, value];
      }),
    );
  const counted = compilation.nextAlias();
  const entries = [...collectFields(compilation, spec.type, subselections(spec.nodes))].map(
    ([key, nodes]): [string, RawBuilder<unknown>] => {
      const name = nodes[0]!.name.value;
      if (name === "edges") {
        const rowOrder = sql.raw(request.forward ? "ASC" : "DESC");
        return [
          key,
          sql`coalesce(json_agg(${edgeJson(nodes)} ORDER BY ${sql.ref(`${page}.page_row`)} ${rowOrder}) FILTER (WHERE ${sql.ref(`${page}.page_row`)} <= ${size}), '[]'::json)`,
        ];
      }
      if (name === "pageInfo") return [key, pageInfoJson(nodes)];
      if (name === "totalCount") return [key, sql`(SELECT count(*)::int FROM ${spec.from(counted)} WHERE ${spec.where(counted)})`];
      if (name === "__typename") return [key, sql.lit(spec.type.name)];
      throw new NotCompiled(`${spec.type.name}.${name}`);
    },
  );
  return sql`(SELECT ${jsonObject(entries)} FROM (
      SELECT numbered.*, count(*) OVER () AS page_rows FROM (
        SELECT ${sql.ref(listed)}.*, ${cursorSql(keys, listed)} AS page_cursor, row_number() OVER (ORDER BY ${order}) AS page_row
        FROM ${spec.from(listed)} WHERE ${spec.where(listed)} AND ${beyondCursor}
        ORDER BY ${order} LIMIT ${sql.lit(request.size + 1)}) numbered) ${sql.ref(page)}
      GROUP BY ())`;
}
