import { BadUserInputError } from "../errors";
import type { ConnectionArgs } from "./connection.args";
import { DEFAULT_PAGE_SIZE } from "./connection.args";
import type { PageOf } from "./connection.type";
import { type CursorValue, decodeCursor, encodeCursor } from "./cursor";

type Direction = "asc" | "desc";

/** One column of a list's order: how to read it off a row, sort by it and compare with it, in Prisma's terms. */
export interface SortKey<Row, Where, OrderBy> {
  read(row: Row): CursorValue;
  orderBy(direction: Direction): OrderBy;
  where(operator: "gt" | "lt" | "equals", value: CursorValue): Where;
}

/** A list's total order (the last key must be unique) and how Prisma combines conditions. */
export interface Keyset<Row, Where, OrderBy> {
  keys: SortKey<Row, Where, OrderBy>[];
  /** Prisma's where for "any of these groups, each group all of its conditions". */
  anyOf(groups: Where[][]): Where;
}

interface PageRequest {
  forward: boolean;
  size: number;
  cursor: CursorValue[] | undefined;
}

function readPageRequest(args: ConnectionArgs, arity: number): PageRequest {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError("Give first or last, not both", "last");
  }
  if (args.last != null || args.before != null) {
    if (args.after != null) throw new BadUserInputError("Page with first/after or with last/before, not both", "after");
    const cursor = args.before != null ? decodeCursor(args.before, arity, "before") : undefined;
    return { forward: false, size: args.last ?? DEFAULT_PAGE_SIZE, cursor };
  }
  const cursor = args.after != null ? decodeCursor(args.after, arity, "after") : undefined;
  return { forward: true, size: args.first ?? DEFAULT_PAGE_SIZE, cursor };
}

/**
 * Turns rows fetched in page order (one more than asked, to know if more
 * follow) into a Relay page. A page that starts after a cursor has items
 * before it (the cursor's own), and one that ends before a cursor has items
 * after it: Relay allows that reading, and it costs no query.
 */
function toPage<Row, Node>(
  rows: Row[],
  request: PageRequest,
  readKey: (row: Row) => CursorValue[],
  toNode: (row: Row) => Node,
  countTotal: () => Promise<number>,
): PageOf<Node> {
  const hasMore = rows.length > request.size;
  const pageRows = rows.slice(0, request.size);
  if (!request.forward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(readKey(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.forward ? hasMore : request.cursor !== undefined,
      hasPreviousPage: request.forward ? request.cursor !== undefined : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}

/**
 * Keyset pagination in the database: each page is one query whose cost does
 * not grow with how deep the page is, unlike OFFSET.
 */
export async function paginate<Row, Where, OrderBy, Node>(options: {
  args: ConnectionArgs;
  keyset: Keyset<Row, Where, OrderBy>;
  fetch: (query: { where: Where | undefined; orderBy: OrderBy[]; take: number }) => Promise<Row[]>;
  count: () => Promise<number>;
  toNode: (row: Row) => Node;
}): Promise<PageOf<Node>> {
  const { keys, anyOf } = options.keyset;
  const request = readPageRequest(options.args, keys.length);
  const direction: Direction = request.forward ? "asc" : "desc";
  const beyond = request.forward ? "gt" : "lt";
  const cursor = request.cursor;
  // (a, b, c) > (x, y, z)  <=>  a > x  OR  (a = x AND b > y)  OR  (a = x AND b = y AND c > z)
  const where = cursor
    ? anyOf(
        keys.map((key, index) => [
          ...keys.slice(0, index).map((equal, at) => equal.where("equals", cursor[at]!)),
          key.where(beyond, cursor[index]!),
        ]),
      )
    : undefined;
  const rows = await options.fetch({
    where,
    orderBy: keys.map((key) => key.orderBy(direction)),
    take: request.size + 1,
  });
  return toPage(rows, request, (row) => keys.map((key) => key.read(row)), options.toNode, options.count);
}

function compareKeys(left: CursorValue[], right: CursorValue[]): number {
  for (let index = 0; index < left.length; index++) {
    const [a, b] = [left[index]!, right[index]!];
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
}

/**
 * The same paging over rows already loaded in the list's order: for short
 * lists under a parent (an event's statements), loaded for many parents in
 * one query.
 */
export function paginateLoaded<Row, Node>(options: {
  args: ConnectionArgs;
  /** The rows, sorted by `keys`; comparisons here are JavaScript's, so keys must sort the same way in SQL. */
  rows: Row[];
  keys: Pick<SortKey<Row, unknown, unknown>, "read">[];
  toNode: (row: Row) => Node;
}): PageOf<Node> {
  const { rows, keys } = options;
  const readKey = (row: Row) => keys.map((key) => key.read(row));
  const request = readPageRequest(options.args, keys.length);
  const cursor = request.cursor;
  const ordered = request.forward ? rows : [...rows].reverse();
  const beyond = cursor
    ? ordered.filter((row) => compareKeys(readKey(row), cursor) * (request.forward ? 1 : -1) > 0)
    : ordered;
  return toPage(beyond.slice(0, request.size + 1), request, readKey, options.toNode, () =>
    Promise.resolve(rows.length),
  );
}
