import { browserClientFor } from "./apollo-wrapper";
import { loadSearch } from "./search-data";
import type { SearchParams } from "./search-params";

/** A search run in the browser: settled as the server settles it, with its first page of results. */
export type BrowserSearch = Awaited<ReturnType<typeof loadSearch>>;

/** A search whose results the page can show: its names settled, its first page found (empty or not). */
export type FoundSearch = BrowserSearch & { firstPage: NonNullable<BrowserSearch["firstPage"]> };

/**
 * Runs a search with the browser's Apollo Client, as the server runs it for the page (loadSearch):
 * the typed names are settled the same way, and the same search asked again is answered by the
 * normalised cache rather than the API. Loaded by SearchInPlace with its first search.
 */
export function searchInBrowser(apiUrl: string, params: SearchParams): Promise<BrowserSearch> {
  return loadSearch(browserClientFor(apiUrl), params);
}
