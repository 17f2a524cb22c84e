import { HttpLink } from "@apollo/client";
import {
  ApolloClient,
  InMemoryCache,
  registerApolloClient,
} from "@apollo/client-integration-nextjs";
import { env } from "../env";

/**
 * Server components' Apollo Client: one per request, calling the API at API_URL.
 * `PreloadQuery` also runs here and hands its result to the browser's client.
 * Never import this from a "use client" module.
 */
export const { getClient, query, PreloadQuery } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: env.API_URL }),
    }),
);
