"use client";

import { useSuspenseQuery } from "@apollo/client/react";
import { StatementsDocument, type StatementsQueryVariables } from "@parley/schema";
import { useState, useTransition } from "react";
import { StatementList } from "./statement-list";

interface PagedStatementsProps {
  /** The variables the server preloaded with PreloadQuery; they must match for the hand-over. */
  variables: StatementsQueryVariables;
  /** What to say when nothing matches. */
  emptyText: string;
}

/**
 * Statements page by page (an actor's, or a search's with the matched words marked): the first
 * page comes rendered from the server, Apollo Client fetches the next ones.
 */
export function PagedStatements({ variables, emptyText }: PagedStatementsProps) {
  const { data, fetchMore } = useSuspenseQuery(StatementsDocument, { variables });
  const [isPending, startTransition] = useTransition();
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const { edges, pageInfo, totalCount } = data.statements;

  const loadMore = () =>
    // A transition keeps the shown statements on screen instead of suspending while the next page loads.
    startTransition(async () => {
      const result = await fetchMore({
        variables: { after: pageInfo.endCursor },
        // A failed page comes back as `error` rather than rejecting: a rejected fetchMore makes
        // useSuspenseQuery throw, and the error boundary would replace the whole page.
        errorPolicy: "all",
        // On failure Apollo calls this without a result (its types do not say so): keep what is shown.
        updateQuery: (previous, { fetchMoreResult }) =>
          fetchMoreResult
            ? {
                statements: {
                  ...fetchMoreResult.statements,
                  edges: [...previous.statements.edges, ...fetchMoreResult.statements.edges],
                },
              }
            : previous,
      });
      setLoadMoreFailed(result.error !== undefined);
    });

  if (totalCount === 0) return <p className="empty">{emptyText}</p>;
  return (
    <>
      <StatementList statements={edges.map((edge) => edge.node)} headingLevel={3} showEvent />
      <p className="more" aria-live="polite">
        {totalCount > 1 && `Showing ${edges.length} of ${totalCount} statements.`}
        {loadMoreFailed && " More statements could not be loaded: the Parley API could not be reached. Please try again."}
      </p>
      {pageInfo.hasNextPage && (
        <button type="button" className="button" onClick={loadMore} disabled={isPending}>
          {isPending ? "Loading more statements…" : "Load more statements"}
        </button>
      )}
    </>
  );
}
