import { HttpLink } from "@apollo/client";
import { ApolloClient, InMemoryCache } from "@apollo/client-integration-nextjs";
import { env } from "../env";

/** An Apollo Client for the web server's own calls to the API at API_URL. Server code only. */
export function makeServerClient() {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: env.API_URL }),
  });
}
