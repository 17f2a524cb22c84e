import type { FieldNode, GraphQLObjectType } from "graphql";
import { getNamedType, isObjectType } from "graphql";
import { type RawBuilder, sql } from "kysely";
import { type PageArgs, readPageRequest } from "../paging/page";
import { collectFields, subselections } from "./collect-fields";
import { type Compilation, NotCompiled } from "./compilation";
import { base64url, jsonObject } from "./json-sql";
import type { ListOrder, SortKey } from "./read-type";

/** A Relay connection to compile: its rows (`from`, `where`, in `order`), the page asked for, and how a node's JSON is made. */
export interface ConnectionSpec {
  type: GraphQLObjectType;
  order: ListOrder;
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

/** A sort key's SQL on some alias: the row's own expression, or a column a subquery computed it into. */
type KeySql = (key: SortKey, index: number) => RawBuilder<unknown>;

const onRow =
  (alias: string): KeySql =>
  (key) =>
    key.sql(alias);

const keyColumn = (index: number) => `k${index}`;

const onKeyColumns =
  (alias: string): KeySql =>
  (_key, index) =>
    sql.ref(`${alias}.${keyColumn(index)}`);

/**
 * The connection as one JSON object, in one subquery: the page's rows and the
 * one beyond it read in keyset order beyond the cursor, as paging/page.ts
 * pages, numbered, then aggregated into edges in the list's order (grouped by
 * nothing, so that an empty page is one row too). The row beyond says whether
 * more follow, without reading the list a second time. The cursors and the
 * total are read only when the selection asks for them.
 */
export function connectionJson(compilation: Compilation, spec: ConnectionSpec): RawBuilder<unknown> {
  const { keys, descending = false } = spec.order;
  const request = readPageRequest(spec.args, keys.length);
  const cursorValues = request.cursor?.map((value, index) => {
    const key = keys[index]!;
    const checked = key.check(value);
    return sql`${checked instanceof Date ? checked.toISOString() : checked}::${sql.raw(key.type)}`;
  });
  const [listed, numbered, page, position, total] = [1, 2, 3, 4, 5].map(() => compilation.nextAlias()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  // Made from the page's own columns, after the page is read: in the page's query it drew the planner away from the index.
  const cursor = cursorSql(keys, page);
  // In the list's order, or against it.
  const inOrder = (keyed: KeySql, listOrder: boolean) =>
    sql.join(keys.map((key, index) => sql`${keyed(key, index)} ${sql.raw(listOrder !== descending ? "ASC" : "DESC")}`));
  const beyond = (keyed: KeySql) =>
    cursorValues
      ? sql`(${sql.join(keys.map(keyed))}) ${sql.raw(request.forward !== descending ? ">" : "<")} (${sql.join(cursorValues)})`
      : sql`TRUE`;
  const inPage = sql`FILTER (WHERE ${sql.ref(`${page}.${position}`)} <= ${sql.lit(request.size)})`;
  // Whether a row follows the page, in the direction of paging: the one read beyond it.
  const more = () => sql`count(*) > ${sql.lit(request.size)}`;
  const selected = collectFields(compilation, spec.type, subselections(spec.nodes));

  // A list whose every page reads it whole (a ranking) is counted in the same pass, when its total is asked
  // for: the keys are computed into a narrow subquery, counted by a window, paged, and the page's rows read by id.
  // (OFFSET 0 keeps the window from holding each row whole; services/statements.ts measured why.)
  const countedAlong = spec.order.readsWholeList === true && [...selected.values()].some((nodes) => nodes[0]!.name.value === "totalCount");
  const [keyed, counted, ranked, row] = [1, 2, 3, 4].map(() => compilation.nextAlias()) as [string, string, string, string];
  const rowsRead = countedAlong
    ? sql`(SELECT ${sql.ref(row)}.*, ${sql.ref(`${ranked}.${total}`)} FROM (
          SELECT * FROM (
            SELECT ${sql.ref(keyed)}.*, count(*) OVER () AS ${sql.ref(total)} FROM (
              SELECT ${sql.ref(`${listed}.id`)}, ${sql.join(keys.map((key, index) => sql`${key.sql(listed)} AS ${sql.ref(keyColumn(index))}`))}
              FROM ${spec.from(listed)} WHERE ${spec.where(listed)} OFFSET 0
            ) ${sql.ref(keyed)}
          ) ${sql.ref(counted)}
          WHERE ${beyond(onKeyColumns(counted))} ORDER BY ${inOrder(onKeyColumns(counted), request.forward)} LIMIT ${sql.lit(request.size + 1)}
        ) ${sql.ref(ranked)}
        CROSS JOIN LATERAL (SELECT ${sql.ref(listed)}.* FROM ${spec.from(listed)} WHERE ${sql.ref(`${listed}.id`)} = ${sql.ref(`${ranked}.id`)}) ${sql.ref(row)})`
    : sql`(SELECT ${sql.ref(listed)}.* FROM ${spec.from(listed)} WHERE ${spec.where(listed)} AND ${beyond(onRow(listed))}
        ORDER BY ${inOrder(onRow(listed), request.forward)} LIMIT ${sql.lit(request.size + 1)})`;

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
    startCursor: () => sql`(array_agg(${cursor} ORDER BY ${inOrder(onRow(page), true)}) ${inPage})[1]`,
    endCursor: () => sql`(array_agg(${cursor} ORDER BY ${inOrder(onRow(page), false)}) ${inPage})[1]`,
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
  const countAll = () => {
    const all = compilation.nextAlias();
    return sql`(SELECT count(*)::int FROM ${spec.from(all)} WHERE ${spec.where(all)})`;
  };
  const entries = [...selected].map(([key, nodes]): [string, RawBuilder<unknown>] => {
    const name = nodes[0]!.name.value;
    if (name === "edges")
      return [key, sql`coalesce(json_agg(${edgeJson(nodes)} ORDER BY ${inOrder(onRow(page), true)}) ${inPage}, '[]'::json)`];
    if (name === "pageInfo") return [key, pageInfoJson(nodes)];
    // Counted along, the total is on every row read; past the list's end there is none, and it is counted apart.
    if (name === "totalCount") return [key, countedAlong ? sql`coalesce(max(${sql.ref(`${page}.${total}`)}), ${countAll()})` : countAll()];
    if (name === "__typename") return [key, sql.lit(spec.type.name)];
    throw new NotCompiled(`${spec.type.name}.${name}`);
  });
  return sql`(SELECT ${jsonObject(entries)} FROM (
      SELECT ${sql.ref(numbered)}.*, row_number() OVER (ORDER BY ${inOrder(onRow(numbered), request.forward)}) AS ${sql.ref(position)}
      FROM ${rowsRead} ${sql.ref(numbered)}
    ) ${sql.ref(page)} GROUP BY ())`;
}
