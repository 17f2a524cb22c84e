"use client";

import { disableFragmentWarnings, HttpLink } from "@apollo/client";
import {
  ApolloClient,
  ApolloNextAppProvider,
  InMemoryCache,
} from "@apollo/client-integration-nextjs";
import type { ReactNode } from "react";

// The integration re-parses each query PreloadQuery hands over with graphql-tag, in a different
// print than the original, so graphql-tag warns that StatementCard "already exists". Fragment
// names are unique here: each is defined once, in @parley/schema's operations.
disableFragmentWarnings();

interface ApolloWrapperProps {
  /** The GraphQL endpoint the browser calls, passed down from the server layout at run time. */
  apiUrl: string;
  children: ReactNode;
}

/** Gives client components (in SSR and in the browser) an Apollo Client that calls `apiUrl`. */
export function ApolloWrapper({ apiUrl, children }: ApolloWrapperProps) {
  // The provider calls makeClient once per SSR request and once in the browser.
  const makeClient = () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: apiUrl }),
    });

  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
