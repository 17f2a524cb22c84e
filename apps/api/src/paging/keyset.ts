import type { CursorValue } from "./cursor";
import { type Page, type PageArgs, readPageRequest, toPage } from "./page";

type Direction = "asc" | "desc";

/** One column of a list's order: how to read it off a row, sort by it and compare with it, in Prisma's terms. */
export interface SortKey<Row, Where, OrderBy> {
  read(row: Row): CursorValue;
  /** Refuses (BAD_USER_INPUT) a value from a client's cursor that is not of this key's type. */
  check(value: CursorValue): void;
  orderBy(direction: Direction): OrderBy;
  where(operator: "gt" | "lt" | "equals", value: CursorValue): Where;
}

/** A list's total order (the last key must be unique) and how Prisma combines conditions. */
export interface Keyset<Row, Where, OrderBy> {
  keys: SortKey<Row, Where, OrderBy>[];
  /** Prisma's where for "any of these groups, each group all of its conditions". */
  anyOf(groups: Where[][]): Where;
}

/**
 * Keyset pagination in the database: each page is one query whose cost does
 * not grow with how deep the page is, unlike OFFSET.
 */
export async function paginate<Row, Where, OrderBy>(options: {
  args: PageArgs;
  keyset: Keyset<Row, Where, OrderBy>;
  fetch: (query: { where: Where | undefined; orderBy: OrderBy[]; take: number }) => Promise<Row[]>;
  count: () => Promise<number>;
}): Promise<Page<Row>> {
  const { keys, anyOf } = options.keyset;
  const request = readPageRequest(options.args, keys.length);
  const direction: Direction = request.forward ? "asc" : "desc";
  const beyond = request.forward ? "gt" : "lt";
  const cursor = request.cursor;
  cursor?.forEach((value, index) => keys[index]!.check(value));
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
  return toPage(rows, request, (row) => keys.map((key) => key.read(row)), options.count);
}
