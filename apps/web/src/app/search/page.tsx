import { SearchFiltersDocument, StatementsDocument, type StatementsQueryVariables } from "@parley/schema";
import type { Metadata } from "next";
import { ApiUnreachable } from "../../components/api-unreachable";
import { JsonLd } from "../../components/json-ld";
import { PreloadedStatements } from "../../components/preloaded-statements";
import { SearchForm } from "../../components/search-form";
import { ViewExports } from "../../components/view-exports";
import { loadFromApi } from "../../lib/load-from-api";
import { requestOrigin } from "../../lib/origin";
import { query } from "../../lib/rsc-client";
import { recordsJsonLd } from "../../lib/schema-org";
import { describeSearch, isBlank, readSearchParams, searchQuery, searchVariables } from "../../lib/search-params";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  return { title: q ? `“${q}” · Search` : "Search" };
}

/** Statements by words (the matches marked) and by speaker, kind and topic, all kept in the address. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = readSearchParams(await searchParams);
  const loaded = await loadFromApi(async () => (await query({ query: SearchFiltersDocument })).data);
  if (loaded.status !== "found") return <ApiUnreachable />;
  const variables = searchVariables(params);

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
          <SearchResultsJsonLd name={describeSearch(params)} variables={variables} />
          <PreloadedStatements variables={variables} emptyText="No statements match this search." />
          <ViewExports path="/search/export" query={searchQuery(params)} what="every statement found" capped />
        </section>
      )}
    </>
  );
}

/** The first page of results as schema.org JSON-LD, with how many there are in all. */
async function SearchResultsJsonLd({ name, variables }: { name: string; variables: StatementsQueryVariables }) {
  const { statements } = (await query({ query: StatementsDocument, variables })).data;
  const records = { kind: "statements" as const, statements: statements.edges.map((edge) => edge.node) };
  return <JsonLd data={recordsJsonLd(name, records, await requestOrigin(), statements.totalCount)} />;
}
