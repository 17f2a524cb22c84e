import { GraphQLError } from "graphql";

/** The `extensions.code` values Parley's API answers with, after Apollo's conventions. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** The query would cost more than the API allows (see limits.ts); refused before it runs. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** The request ran past its deadline, or the database cancelled its statement (statement_timeout). */
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  /** The database cannot be reached; the request may succeed once it is back. */
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
} as const;

/** The client sent an argument the API cannot act on; `argument` names it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}
