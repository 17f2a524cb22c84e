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
  /** A write without a token in force (missing, unknown, expired or revoked: all alike). */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** A write with a token whose scope does not allow it. */
  FORBIDDEN: "FORBIDDEN",
  /** An update or delete sent with a version that is no longer the record's: someone wrote in between. */
  CONFLICT: "CONFLICT",
  /** Too many writes with one token; `extensions.retryAfterSeconds` says when to try again. */
  RATE_LIMITED: "RATE_LIMITED",
} as const;

/** The client sent an argument the API cannot act on; `argument` names it, and `field` the input field within it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}), ...(field ? { field } : {}) } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super("Writing needs a valid token: send `Authorization: Bearer <token>`", { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(needed: string) {
    super(`This token's scope does not allow it: it needs the ${needed} scope`, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(what: string, sent: number) {
    super(`${what} has changed, or been deleted, since version ${sent} was read: read it again, then retry`, {
      extensions: { code: ErrorCode.CONFLICT },
    });
  }
}

export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many writes with this token: try again in ${retryAfterSeconds} s`, {
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
    });
  }
}
