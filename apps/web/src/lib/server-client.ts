import { HttpLink } from "@apollo/client";
import { ApolloClient, InMemoryCache } from "@apollo/client-integration-nextjs";
import { env } from "../env";

/**
 * An Apollo Client for the web server's own calls to the API at API_URL. Server code only.
 * `bearer`, a signed-in person's session secret, makes the calls theirs (and keeps them out of the
 * API's response cache, which never serves a request that carries one).
 */
export function makeServerClient(bearer?: string) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: env.API_URL, ...(bearer !== undefined && { headers: { authorization: `Bearer ${bearer}` } }) }),
  });
}
