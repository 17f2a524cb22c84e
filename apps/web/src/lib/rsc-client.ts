import { registerApolloClient } from "@apollo/client-integration-nextjs";
import { makeServerClient } from "./server-client";

/**
 * Server components' Apollo Client: one per request. Never import this from a "use client"
 * module; route handlers make their own client (`makeServerClient`), since React's per-request
 * cache is not theirs.
 */
export const { getClient, query } = registerApolloClient(makeServerClient);
