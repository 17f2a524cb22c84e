/**
 * Statement lists go a page at a time, Relay-style: `?after=CURSOR` in the address asks for the
 * page after a statement, so "Load more" is a plain link the server answers without scripts.
 */

/** A page's search parameters, as Next hands them to it. */
export type RawParams = Record<string, string | string[] | undefined>;

/** The cursor the address asks the list to start after, if any. */
export function readAfter(raw: RawParams): string | undefined {
  const after = raw["after"];
  return typeof after === "string" && after.trim() !== "" ? after.trim() : undefined;
}

/** The same parameters as the browser's `URLSearchParams`, to build addresses from on the server too. */
export function searchParamsOf(raw: RawParams): URLSearchParams {
  return new URLSearchParams(
    Object.entries(raw).flatMap(([name, value]) => [value ?? []].flat().map((one): [string, string] => [name, one])),
  );
}

/**
 * The address of the page after `cursor` (or of the first page, given null), keeping the other
 * parameters (a search's words and filters), and landing on the heading `anchor` names.
 */
export function pageHref(pathname: string, current: URLSearchParams, cursor: string | null, anchor: string): string {
  const params = new URLSearchParams(current);
  if (cursor === null) params.delete("after");
  else params.set("after", cursor);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ""}#${anchor}`;
}

/** How much of the list is on screen: a later page, reached without scripts, says it does not start at the first. */
export function shownText(shown: number, totalCount: number, fromStart: boolean): string {
  if (!fromStart) return `Showing ${shown} of ${totalCount} statements, from further down the list.`;
  return totalCount > 1 ? `Showing ${shown} of ${totalCount} statements.` : "";
}
