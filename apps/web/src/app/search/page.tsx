import type { Metadata } from "next";
import { ApiUnreachable } from "../../components/api-unreachable";
import { JsonLd } from "../../components/json-ld";
import { PickNotice } from "../../components/pick-notice";
import { PagedStatements } from "../../components/paged-statements";
import { SearchInPlace } from "../../components/search-in-place";
import { ViewExports } from "../../components/view-exports";
import { env } from "../../env";
import { loadFromApi } from "../../lib/load-from-api";
import { requestOrigin } from "../../lib/origin";
import { pickedText } from "../../lib/pick";
import { getClient } from "../../lib/rsc-client";
import { recordsJsonLd, siteSearchJsonLd } from "../../lib/schema-org";
import { loadSearch } from "../../lib/search-data";
import { isBlank, readSearchParams, searchQuery } from "../../lib/search-params";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  return { title: q ? `“${q}” · Search` : "Search" };
}

/**
 * Statements by words (the matches marked) and by speaker, kind and topic, all kept in the address.
 * The server renders every search it is sent; with scripts, later ones run in the page (SearchInPlace).
 */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const raw = await searchParams;
  const params = readSearchParams(raw);
  const loaded = await loadFromApi(async () => loadSearch(await getClient(), params));
  if (loaded.status !== "found") return <ApiUnreachable />;
  const { speaker, topic, filters, title, variables, firstPage } = loaded.data;
  const origin = await requestOrigin();
  const hrefWith = (change: Partial<typeof params>) => `/search?${searchQuery({ ...params, ...change })}`;

  return (
    <>
      <JsonLd data={siteSearchJsonLd(origin)} />
      <h1>Search statements</h1>
      <SearchInPlace
        apiUrl={env.PUBLIC_API_URL}
        searched={params}
        typed={{ ...params, actor: pickedText(speaker), topic: pickedText(topic) }}
      >
        <PickNotice picked={speaker} noun="speaker" hrefWith={(slug) => hrefWith({ actor: slug })} />
        <PickNotice picked={topic} noun="topic" hrefWith={(slug) => hrefWith({ topic: slug })} />
        {isBlank(params) && (
          <p className="empty">
            Search the words of every statement (&ldquo;respecting&rdquo; finds &ldquo;respect&rdquo;; put a phrase in quotation marks), or
            pick a speaker, a kind or a topic.
          </p>
        )}
        {firstPage && (
          <section aria-labelledby="search-results">
            <h2 id="search-results">Statements found</h2>
            <JsonLd
              data={recordsJsonLd(
                title,
                { kind: "statements", statements: firstPage.edges.map((edge) => edge.node) },
                origin,
                firstPage.totalCount,
              )}
            />
            <PagedStatements
              variables={variables}
              pathname="/search"
              searchParams={raw}
              anchor="search-results"
              emptyText="No statements match this search."
            />
            <ViewExports path="/search/export" query={searchQuery(filters)} what="every statement found" capped />
          </section>
        )}
      </SearchInPlace>
    </>
  );
}
