"use client";

import { useSuspenseQuery } from "@apollo/client/react";
import { StatementsDocument, type StatementsQueryVariables } from "@parley/schema";
import { type RefObject, useEffect, useRef, useState, useTransition } from "react";
import { ApolloWrapper } from "../lib/apollo-wrapper";
import { PagingControls } from "./paging-controls";
import { StatementList } from "./statement-list";

interface FetchedStatementsProps {
  apiUrl: string;
  /** The list's filters and page size, as the server asked for its page. */
  variables: StatementsQueryVariables;
  /** The cursor the server's page ended at, which the fetched pages follow; none for a search run in the browser, which starts at the first. */
  after?: string;
  /** How many statements the server's page showed above these: none for a search run in the browser. */
  shown: number;
  totalCount: number;
  fromStart: boolean;
  anchor: string;
}

/**
 * Statements fetched by Apollo Client: the pages after a server-rendered one, once the reader asks
 * for more (loaded on demand by MoreStatements), or a search run in the browser (FoundStatements).
 * The cache merges the pages, Relay-style, by their cursors.
 */
export function FetchedStatements({ apiUrl, ...pages }: FetchedStatementsProps) {
  return (
    <ApolloWrapper apiUrl={apiUrl}>
      <LaterPages {...pages} />
    </ApolloWrapper>
  );
}

function LaterPages({ variables, after, shown, totalCount, fromStart, anchor }: Omit<FetchedStatementsProps, "apiUrl">) {
  // A page that cannot be fetched comes back as `error` rather than thrown: the error boundary
  // would replace the whole page, statements already read included.
  const { data, error, fetchMore, refetch } = useSuspenseQuery(StatementsDocument, {
    variables: after === undefined ? variables : { ...variables, after },
    errorPolicy: "all",
  });
  const [isPending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const edges = data?.statements.edges ?? [];
  // A search's first page is announced where it was run from, and focus stays there to search again;
  // the pages a reader asks for take focus as they come.
  useFocusOnArrival(listRef, edges.length, after === undefined ? edges.length : 0);

  const pageInfo = data?.statements.pageInfo;
  // Without a first page yet, try that one again; then each next page.
  const nextCursor = pageInfo ? (pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null) : (after ?? null);
  const loadMore = () =>
    // A transition keeps the shown statements on screen instead of suspending while the next page loads.
    startTransition(async () => {
      const result = pageInfo ? await fetchMore({ variables: { after: pageInfo.endCursor }, errorPolicy: "all" }) : await refetch();
      setFailed(result.error !== undefined);
    });

  return (
    <>
      <div ref={listRef}>
        <StatementList statements={edges.map((edge) => edge.node)} headingLevel={3} showEvent />
      </div>
      <PagingControls
        shown={shown + edges.length}
        totalCount={totalCount}
        fromStart={fromStart}
        nextCursor={nextCursor}
        anchor={anchor}
        busy={isPending}
        failed={failed || (data === undefined && error !== undefined)}
        onLoadMore={loadMore}
      />
    </>
  );
}

/**
 * Moves focus to the first statement of each page that arrives after the `first` already there (to
 * its speaker's link, the first thing in it to focus), so keyboard and screen-reader users read on
 * from there rather than from a link that has moved below what they have not read.
 */
function useFocusOnArrival(list: RefObject<HTMLElement | null>, count: number, first: number) {
  const focused = useRef(first);
  useEffect(() => {
    if (count <= focused.current) return;
    const firstNew = list.current?.querySelectorAll(".statement-list > li")[focused.current];
    firstNew?.querySelector("a")?.focus();
    focused.current = count;
  }, [list, count]);
}
