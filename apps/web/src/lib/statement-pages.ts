import type { FieldPolicy } from "@apollo/client";

/** A Relay-style connection as the cache holds it: its other fields (totalCount, pageInfo) go along untouched. */
interface Connection {
  edges: readonly { cursor: string }[];
}

/** One stored list of statements, its pages in order, and the cursor it starts after (null: from the first). */
type StoredList = Connection & { startsAfter: string | null };

const afterOf = (args: Record<string, unknown> | null) => (typeof args?.["after"] === "string" ? args["after"] : null);

/** Where the statements after `cursor` start in a list: -1 when the cursor is not one of its statements'. */
function indexAfter(list: StoredList, cursor: string | null): number {
  const at = cursor === null ? -1 : list.edges.findIndex((edge) => edge.cursor === cursor);
  return at < 0 ? -1 : at + 1;
}

/**
 * `statements`, one list per set of filters, its pages merged by their cursors (Relay-style), and
 * read by cursor: a query gets the statements after its own `after`, or goes to the API. Reading a
 * list whole, whatever `after` asks, would take a list begun after a server-rendered page for a
 * search's first page, or a search's list from the first statement for the page after the server's.
 */
export const statementPages: FieldPolicy<StoredList, Connection, Connection> = {
  keyArgs: ["search", "kinds", "speaker", "event", "topic"],
  merge(existing, incoming, { args }) {
    const after = afterOf(args);
    const index = existing ? indexAfter(existing, after) : -1;
    // A page that follows the stored ones extends them; any other starts the list afresh, from its cursor.
    if (!existing || index < 0) return { ...incoming, startsAfter: after };
    return { ...existing, ...incoming, edges: [...existing.edges.slice(0, index), ...incoming.edges], startsAfter: existing.startsAfter };
  },
  read(existing, { args }) {
    const after = afterOf(args);
    if (!existing || after === existing.startsAfter) return existing;
    const index = indexAfter(existing, after);
    return index < 0 ? undefined : { ...existing, edges: existing.edges.slice(index) };
  },
};
