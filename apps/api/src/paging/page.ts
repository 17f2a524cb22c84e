import { BadUserInputError } from "../errors";
import { type CursorValue, decodeCursor, encodeCursor } from "./cursor";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay's paging arguments, as plain values: `first`/`after` forwards, `last`/`before` backwards. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<Item> {
  cursor: string;
  node: Item;
}

/** A page of a list; `countTotal` runs only if somebody asks how long the whole list is. */
export interface Page<Item> {
  edges: Edge<Item>[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** The same page with each item turned into something else (a row into a GraphQL object). */
export function mapPage<Item, Mapped>(page: Page<Item>, map: (item: Item) => Mapped): Page<Mapped> {
  return { ...page, edges: page.edges.map((edge) => lazyEdge(() => edge.cursor, map(edge.node))) };
}

/** An edge whose cursor is encoded only if somebody reads it: most queries of long lists never ask for it. */
function lazyEdge<Item>(cursorOf: () => string, node: Item): Edge<Item> {
  return {
    get cursor() {
      return cursorOf();
    },
    node,
  };
}

/** Which way a page runs, how long it is, and the sort key it starts beyond. */
export interface PageRequest {
  forward: boolean;
  size: number;
  cursor: CursorValue[] | undefined;
}

/** Reads Relay's arguments for a list sorted by `arity` keys; contradictory arguments are the client's error. */
export function readPageRequest(args: PageArgs, arity: number): PageRequest {
  for (const name of ["first", "last"] as const) {
    const size = args[name];
    if (size != null && (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(`${name} must be a whole number from 0 to ${MAX_PAGE_SIZE}`, name);
    }
  }
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
export function toPage<Row>(
  rows: Row[],
  request: PageRequest,
  readKey: (row: Row) => CursorValue[],
  countTotal: () => Promise<number>,
): Page<Row> {
  const hasMore = rows.length > request.size;
  const pageRows = rows.slice(0, request.size);
  if (!request.forward) pageRows.reverse();
  const edges = pageRows.map((row) => lazyEdge(() => encodeCursor(readKey(row)), row));
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
