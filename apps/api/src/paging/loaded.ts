import type { CursorValue } from "./cursor";
import type { SqlSortKey } from "./keyset";
import { type Page, type PageArgs, readPageRequest, toPage } from "./page";

function compareKeys(left: CursorValue[], right: CursorValue[]): number {
  for (let index = 0; index < left.length; index++) {
    const [a, b] = [left[index]!, right[index]!];
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
}

/**
 * The same paging as `paginate`, over rows already loaded in the list's
 * order: for short lists under a parent (an event's statements), loaded for
 * many parents in one query. A cursor whose values are not of the keys'
 * types is refused, as the database-backed lists refuse it.
 */
export function paginateLoaded<Row>(options: {
  args: PageArgs;
  /** The rows, sorted by `keys`; comparisons here are JavaScript's, so keys must sort the same way in SQL. */
  rows: Row[];
  keys: Pick<SqlSortKey<Row>, "read" | "check">[];
}): Page<Row> {
  const { rows, keys } = options;
  const readKey = (row: Row) => keys.map((key) => key.read(row));
  const request = readPageRequest(options.args, keys.length);
  const cursor = request.cursor;
  cursor?.forEach((value, index) => keys[index]!.check(value));
  const ordered = request.forward ? rows : [...rows].reverse();
  const beyond = cursor ? ordered.filter((row) => compareKeys(readKey(row), cursor) * (request.forward ? 1 : -1) > 0) : ordered;
  return toPage(beyond.slice(0, request.size + 1), request, readKey, () => Promise.resolve(rows.length));
}
