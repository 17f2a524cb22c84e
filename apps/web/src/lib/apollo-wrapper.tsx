"use client";

import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import type { ReactNode } from "react";
import { highlightsBySearch } from "./search-highlights";
import { statementPages } from "./statement-pages";

interface ApolloWrapperProps {
  /** The GraphQL endpoint the browser calls, passed down from the server at run time. */
  apiUrl: string;
  children: ReactNode;
}

let browserClient: ApolloClient | undefined;

/**
 * One client per page load, made outside React: a component that suspends before its first commit
 * loses its state, and a client made there would be made again, with an empty cache, on each try.
 * The search page's own code calls it too, so its searches and the lists share one cache.
 */
export function browserClientFor(apiUrl: string): ApolloClient {
  browserClient ??= new ApolloClient({
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            statements: statementPages,
          },
        },
        Statement: { fields: { highlights: highlightsBySearch } },
      },
    }),
    link: new HttpLink({ uri: apiUrl }),
  });
  return browserClient;
}

/**
 * Gives client components in the browser an Apollo Client that calls `apiUrl`. Only code loaded on
 * demand renders it: the server renders pages with its own client (`rsc-client.ts`), so none is
 * made during server rendering and no page loads Apollo Client's code before it needs it.
 */
export function ApolloWrapper({ apiUrl, children }: ApolloWrapperProps) {
  return <ApolloProvider client={browserClientFor(apiUrl)}>{children}</ApolloProvider>;
}
