import { StatementsDocument, type StatementsQueryVariables } from "@parley/schema";
import { env } from "../env";
import { hasErrorCode, loadFromApi } from "../lib/load-from-api";
import { query } from "../lib/rsc-client";
import { pageHref, type RawParams, readAfter, searchParamsOf } from "../lib/statement-paging";
import { MoreStatements } from "./more-statements";
import { StatementList } from "./statement-list";

interface PagedStatementsProps {
  /** The list's filters and page size; the page comes from the address's `after`. */
  variables: StatementsQueryVariables;
  /** The page's path and parameters, as Next hands them: links to other pages keep them. */
  pathname: string;
  searchParams: RawParams;
  /** The id of the heading that names the list: links to other pages land there. */
  anchor: string;
  /** What to say when nothing matches. */
  emptyText: string;
}

/** The page of statements the address asks for; an `after` the API does not take as a cursor finds none. */
function loadPage(variables: StatementsQueryVariables) {
  return loadFromApi(async () => {
    try {
      return (await query({ query: StatementsDocument, variables })).data.statements;
    } catch (error) {
      if (variables.after && hasErrorCode(error, "BAD_USER_INPUT")) return null;
      throw error;
    }
  });
}

/**
 * Statements a page at a time (an actor's, or a search's with the matched words marked): the
 * server renders the page the address asks for, with no scripts of its own; the browser fetches
 * the next ones, in place, only when the reader asks (MoreStatements).
 */
export async function PagedStatements({ variables, pathname, searchParams, anchor, emptyText }: PagedStatementsProps) {
  const after = readAfter(searchParams);
  const loaded = await loadPage({ ...variables, after });
  const firstPage = pageHref(pathname, searchParamsOf(searchParams), null, anchor);
  if (loaded.status === "unreachable") {
    return <p className="empty">The statements could not be loaded: the Parley API could not be reached. Please try again.</p>;
  }
  if (loaded.status === "missing") {
    return (
      <p className="empty">
        This address asks for statements after one that is not in this list. <a href={firstPage}>See the first statements</a>.
      </p>
    );
  }
  const { edges, pageInfo, totalCount } = loaded.data;
  if (totalCount === 0) return <p className="empty">{emptyText}</p>;

  return (
    <>
      <StatementList statements={edges.map((edge) => edge.node)} headingLevel={3} showEvent />
      <MoreStatements
        apiUrl={env.PUBLIC_API_URL}
        variables={variables}
        shown={edges.length}
        totalCount={totalCount}
        fromStart={after === undefined}
        nextCursor={pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null}
        anchor={anchor}
      />
      {after !== undefined && (
        <p>
          <a href={firstPage}>Back to the first statements</a>
        </p>
      )}
    </>
  );
}
