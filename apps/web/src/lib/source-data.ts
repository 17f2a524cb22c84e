import { SourceDocument, SourceStatementsDocument, type SourceStatementsQuery } from "@parley/schema";
import { query } from "./rsc-client";

export type SourceStatement = SourceStatementsQuery["statements"]["edges"][number]["node"];

const PAGE = 100;
// A source far longer than any article would still show its first 2,000 statements, and say so.
const MOST_PAGES = 20;

/** A source's full text and every statement read from it (page by page), or null when there is no such source. */
export async function loadSource(slug: string) {
  const { data } = await query({ query: SourceDocument, variables: { slug } });
  if (!data.source) return null;
  const statements: SourceStatement[] = [];
  let after: string | null = null;
  for (let page = 0; page < MOST_PAGES; page++) {
    const result: { data: SourceStatementsQuery } = await query({
      query: SourceStatementsDocument,
      variables: { source: slug, first: PAGE, after },
    });
    statements.push(...result.data.statements.edges.map((edge) => edge.node));
    after = result.data.statements.pageInfo.endCursor ?? null;
    if (!result.data.statements.pageInfo.hasNextPage) return { source: data.source, statements, complete: true };
  }
  return { source: data.source, statements, complete: false };
}
