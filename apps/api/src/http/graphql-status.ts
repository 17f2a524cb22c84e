import type { ApolloServerPlugin } from "@apollo/server";
import Negotiator from "negotiator";
import { ErrorCode } from "../errors";
import { DEADLINE_STATUS } from "./deadline";

const APPLICATION_JSON = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json; charset=utf-8";

/**
 * GraphQL request errors: the request was well formed (a JSON body with a
 * string query), but its document does not parse or validate, names no
 * operation it holds, a variable does not coerce, an argument is refused before execution, it exceeds a
 * limit, or it asks for an automatic persisted query (the API takes none).
 * A request that is not well formed (no query, a query that is not a
 * string: BAD_REQUEST) stays a 400 whatever the media type.
 */
const requestErrorCodes = new Set<unknown>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

/** Seconds a client is told to wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The media type a GraphQL response goes out in, chosen as Apollo Server
 * chooses it (application/json without an Accept header), or undefined when
 * the client accepts neither (Apollo then answers 406).
 */
export function responseMediaType(accept: string | undefined): string | undefined {
  if (!accept) return APPLICATION_JSON;
  return new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]);
}

/**
 * Sets the HTTP status of GraphQL responses, per the GraphQL over HTTP spec
 * and Parley's own failures:
 * - a request the database could not serve: 503 (DATABASE_UNAVAILABLE, with
 *   Retry-After) or 504 (REQUEST_TIMEOUT: statement_timeout cancelled a query);
 * - a request error (the document does not parse or validate, a variable
 *   does not coerce, a limit is exceeded: no `data`) answered as
 *   application/json: 200, as the spec says for that media type, and as
 *   application/graphql-response+json: 400, as the spec says for that one
 *   (Apollo Server says 400 for most, and 200 for PERSISTED_QUERY_NOT_SUPPORTED).
 * Requests that are not well formed (a body that is not JSON, no query, a
 * request blocked as CSRF) keep their 4xx.
 */
export function graphqlStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const result = response.body.kind === "single" ? response.body.singleResult : response.body.initialResult;
          const codes = new Set((result.errors ?? []).map((error) => error.extensions?.code));
          if (codes.has(ErrorCode.DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          } else if (codes.has(ErrorCode.REQUEST_TIMEOUT)) {
            response.http.status = DEADLINE_STATUS;
          } else if (result.data === undefined && codes.size > 0 && [...codes].every((code) => requestErrorCodes.has(code))) {
            response.http.status = responseMediaType(request.http?.headers.get("accept")) === APPLICATION_JSON ? 200 : 400;
          }
        },
      };
    },
  };
}
