"use client";

import type { StatementsQueryVariables } from "@parley/schema";
import dynamic from "next/dynamic";
import { Suspense, useState, useTransition } from "react";
import { PagingControls } from "./paging-controls";

// Apollo Client and the pager come in their own chunk, fetched the first time a reader asks for
// more: a page that is only read loads none of it. Without a `loading` option, next/dynamic adds
// no Suspense boundary of its own, so the one below holds while the chunk loads.
const FetchedStatements = dynamic(() => import("./fetched-statements").then((module) => module.FetchedStatements));

interface MoreStatementsProps {
  /** The GraphQL endpoint the browser calls. */
  apiUrl: string;
  /** The list's filters and page size, as the server asked for its page. */
  variables: StatementsQueryVariables;
  shown: number;
  totalCount: number;
  fromStart: boolean;
  nextCursor: string | null;
  anchor: string;
}

/** Below a server-rendered page of statements: the count shown, and more on demand. */
export function MoreStatements({ apiUrl, variables, nextCursor, ...controls }: MoreStatementsProps) {
  const [asked, setAsked] = useState(false);
  const [isPending, startTransition] = useTransition();

  return (
    // Shown from the start, this boundary is not replaced by a fallback during a transition: the
    // link stays, saying it is loading, until the pager's code and its first page have arrived.
    <Suspense fallback={null}>
      {asked && nextCursor !== null ? (
        <FetchedStatements apiUrl={apiUrl} variables={variables} after={nextCursor} {...controls} />
      ) : (
        <PagingControls
          {...controls}
          nextCursor={nextCursor}
          busy={isPending}
          failed={false}
          onLoadMore={() => startTransition(() => setAsked(true))}
        />
      )}
    </Suspense>
  );
}
