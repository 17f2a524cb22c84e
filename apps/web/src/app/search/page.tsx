import { SearchFiltersDocument } from "@parley/schema";
import type { Metadata } from "next";
import { ApiUnreachable } from "../../components/api-unreachable";
import { PagedStatements } from "../../components/paged-statements";
import { SearchForm } from "../../components/search-form";
import { loadFromApi } from "../../lib/load-from-api";
import { query } from "../../lib/rsc-client";
import { isBlank, readSearchParams, searchVariables } from "../../lib/search-params";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  return { title: q ? `“${q}” · Search` : "Search" };
}

/** Statements by words (the matches marked) and by speaker, kind and topic, all kept in the address. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const raw = await searchParams;
  const params = readSearchParams(raw);
  const loaded = await loadFromApi(async () => (await query({ query: SearchFiltersDocument })).data);
  if (loaded.status !== "found") return <ApiUnreachable />;

  return (
    <>
      <h1>Search statements</h1>
      <SearchForm params={params} options={loaded.data} />
      {isBlank(params) ? (
        <p className="empty">
          Search the words of every statement (&ldquo;respecting&rdquo; finds &ldquo;respect&rdquo;; put a phrase in
          quotation marks), or pick a speaker, a kind or a topic.
        </p>
      ) : (
        <section aria-labelledby="search-results">
          <h2 id="search-results">Statements found</h2>
          <PagedStatements
            variables={searchVariables(params)}
            pathname="/search"
            searchParams={raw}
            anchor="search-results"
            emptyText="No statements match this search."
          />
        </section>
      )}
    </>
  );
}
