import { Prisma } from "@parley/db";
import DataLoader from "dataloader";
import type { CursorValue } from "./cursor";
import { type Page, type PageArgs, type PageRequest, readPageRequest, toPage } from "./page";

/** One column of a list's order in SQL: the expression and its type, and how to read it off a row. */
export interface SqlSortKey<Row> {
  column: Prisma.Sql;
  /** The column's SQL type, to which a cursor's value is cast. */
  type: "timestamptz" | "integer" | "bigint" | "float8" | "uuid" | "text";
  read(row: Row): CursorValue;
  /** A value from a client's cursor, read as this key's type; refuses (BAD_USER_INPUT) any other. */
  check(value: CursorValue): Date | number | string;
}

/** How a list is sorted: its keys (the last one unique), all ascending or all descending when paging forwards. */
export interface SqlOrder<Row> {
  keys: SqlSortKey<Row>[];
  direction: "asc" | "desc";
}

/** The SQL pieces of one page of a list, for the list's own query to put in its WHERE, ORDER BY and LIMIT. */
export interface PageSql {
  beyondCursor: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit: number;
}

/**
 * Keyset pagination in SQL: the page starts beyond the cursor's row in one
 * row comparison, `(a, b) > ($1, $2)`, which PostgreSQL serves from an index
 * on (a, b), however deep the page.
 */
function pageSql<Row>(args: PageArgs, order: SqlOrder<Row>): { request: PageRequest; sql: PageSql } {
  const { keys } = order;
  const request = readPageRequest(args, keys.length);
  const ascending = (order.direction === "asc") === request.forward;
  const columns = Prisma.join(keys.map((key) => key.column));
  const cursorValues = request.cursor?.map((value, index) => {
    const key = keys[index]!;
    return Prisma.sql`${key.check(value)}::${Prisma.raw(key.type)}`;
  });
  const beyondCursor = cursorValues
    ? Prisma.sql`(${columns}) ${Prisma.raw(ascending ? ">" : "<")} (${Prisma.join(cursorValues)})`
    : Prisma.sql`TRUE`;
  const direction = Prisma.raw(ascending ? "ASC" : "DESC");
  const orderBy = Prisma.join(keys.map((key) => Prisma.sql`${key.column} ${direction}`));
  return { request, sql: { beyondCursor, orderBy, limit: request.size + 1 } };
}

function readKeyOf<Row>(order: SqlOrder<Row>) {
  return (row: Row) => order.keys.map((key) => key.read(row));
}

/** One page of a list written in SQL. */
export async function paginateSql<Row>(options: {
  args: PageArgs;
  order: SqlOrder<Row>;
  fetch: (page: PageSql) => Promise<Row[]>;
  count: () => Promise<number>;
}): Promise<Page<Row>> {
  const { request, sql } = pageSql(options.args, options.order);
  return toPage(await options.fetch(sql), request, readKeyOf(options.order), options.count);
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

/**
 * The lists of many parents (each actor's statements) paged alike in one
 * query per batch instead of one per parent: `fetch` gets every parent's id
 * and returns each row with its parent's (a LATERAL join runs the page query
 * once per parent inside the database), and the counts come in one GROUP BY.
 * Lists asked for with the same arguments batch together; one loader per request,
 * which queries nothing once `signal` (the request's) has aborted.
 */
export function createPagedLoader<Args extends PageArgs, Row>(options: {
  signal: AbortSignal;
  order(args: Args): SqlOrder<Row>;
  fetch(parentIds: string[], args: Args, page: PageSql): Promise<{ parentId: string; row: Row }[]>;
  count(parentIds: string[], args: Args): Promise<Map<string, number>>;
}): (parentId: string, args: Args) => Promise<Page<Row>> {
  type Key = { parentId: string; args: Args };
  const cacheKeyFn = (key: Key) => JSON.stringify([key.parentId, key.args]);
  const argumentsOf = (key: Key) => JSON.stringify(key.args);

  const counts = new DataLoader<Key, number, string>(
    async (keys) => {
      options.signal.throwIfAborted();
      const found = new Map<string, number>();
      for (const group of groupBy(keys, argumentsOf)) {
        const counted = await options.count(
          group.map((key) => key.parentId),
          group[0]!.args,
        );
        for (const key of group) found.set(cacheKeyFn(key), counted.get(key.parentId) ?? 0);
      }
      return keys.map((key) => found.get(cacheKeyFn(key)) ?? 0);
    },
    { cacheKeyFn },
  );

  const pages = new DataLoader<Key, Page<Row>, string>(
    async (keys) => {
      options.signal.throwIfAborted();
      // A group's bad arguments (a foreign cursor) fail that group's lists alone.
      const found = new Map<string, Page<Row> | Error>();
      for (const group of groupBy(keys, argumentsOf)) {
        try {
          const args = group[0]!.args;
          const order = options.order(args);
          const { request, sql } = pageSql(args, order);
          const rowsOf = new Map<string, Row[]>(group.map((key) => [key.parentId, []]));
          for (const { parentId, row } of await options.fetch([...rowsOf.keys()], args, sql)) rowsOf.get(parentId)?.push(row);
          for (const key of group) {
            const count = () => counts.load(key);
            found.set(cacheKeyFn(key), toPage(rowsOf.get(key.parentId) ?? [], request, readKeyOf(order), count));
          }
        } catch (error) {
          for (const key of group) found.set(cacheKeyFn(key), error instanceof Error ? error : new Error(String(error)));
        }
      }
      return keys.map((key) => found.get(cacheKeyFn(key))!);
    },
    { cacheKeyFn },
  );

  return (parentId, args) => pages.load({ parentId, args });
}
