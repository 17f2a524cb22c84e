"use client";

import type { FoundSearch } from "../lib/search-in-browser";
import { searchQuery } from "../lib/search-params";
import { FetchedStatements } from "./fetched-statements";
import { ViewExports } from "./view-exports";

interface FoundStatementsProps {
  apiUrl: string;
  search: FoundSearch;
}

/**
 * The results of a search run in the browser, where the server puts its own: the same list, paged
 * by Apollo Client from the first statement, and export links for the search's filters. Loaded on
 * demand by SearchInPlace.
 */
export function FoundStatements({ apiUrl, search }: FoundStatementsProps) {
  const query = searchQuery(search.filters);
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results">Statements found</h2>
      {search.firstPage.totalCount === 0 ? (
        <p className="empty">No statements match this search.</p>
      ) : (
        // A new search is a new list: its paging and focus start over.
        <FetchedStatements
          key={query.toString()}
          apiUrl={apiUrl}
          variables={search.variables}
          shown={0}
          totalCount={search.firstPage.totalCount}
          fromStart
          anchor="search-results"
        />
      )}
      <ViewExports path="/search/export" query={query} what="every statement found" capped />
    </section>
  );
}
