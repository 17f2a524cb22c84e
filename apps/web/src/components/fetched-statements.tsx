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
  /** The cursor the server's page ended at: the fetched pages follow it. */
  after: string;
  /** How many statements the server's page showed. */
  shown: number;
  totalCount: number;
  fromStart: boolean;
  anchor: string;
}

/**
 * The pages after a server-rendered one, fetched by Apollo Client once the reader asks for more
 * (loaded on demand by MoreStatements). The cache merges the pages, Relay-style, by their cursors.
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
    variables: { ...variables, after },
    errorPolicy: "all",
  });
  const [isPending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const edges = data?.statements.edges ?? [];
  useFocusOnArrival(listRef, edges.length);

  const pageInfo = data?.statements.pageInfo;
  // Without a first page yet, try that one again; then each next page.
  const nextCursor = pageInfo ? (pageInfo.hasNextPage ? pageInfo.endCursor ?? null : null) : after;
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
 * Moves focus to the first statement of each page that arrives (to its speaker's link, the first
 * thing in it to focus), so keyboard and screen-reader users read on from there rather than from
 * a link that has moved below what they have not read.
 */
function useFocusOnArrival(list: RefObject<HTMLElement | null>, count: number) {
  const focused = useRef(0);
  useEffect(() => {
    if (count <= focused.current) return;
    const firstNew = list.current?.querySelectorAll(".statement-list > li")[focused.current];
    firstNew?.querySelector("a")?.focus();
    focused.current = count;
  }, [list, count]);
}
