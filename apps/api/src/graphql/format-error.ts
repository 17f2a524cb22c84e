import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { databaseFailure } from "../db/failures";
import { ErrorCode } from "../errors";

// Codes whose messages are written for the client; anything else is masked.
const clientErrorCodes = new Set<unknown>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.REQUEST_TIMEOUT,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** The messages the API answers a failing database with; the log keeps the driver's words. */
export const databaseFailureMessages = {
  unavailable: "The database is unavailable; try again shortly",
  timeout: "The database took too long to answer and the query was cancelled",
} as const;

/**
 * graphql-js's suggestions, in all their forms: `Did you mean "name"?`,
 * `Did you mean "a" or "b"?`, `Did you mean the enum value "PERSON"?`,
 * `Did you mean to use an inline fragment on "Actor"?`. graphql-armor's
 * blockFieldSuggestions masks the first two only; this catches the rest,
 * in every error, variable coercion's included.
 */
const suggestion = / ?Did you mean [^?]*\?/g;

/** "first: first must not be greater than 100" from class-validator's findings. */
function describeValidation(error: ArgumentValidationError): { message: string; argument?: string } {
  const [first] = error.extensions.validationErrors;
  const reasons = Object.values(first?.constraints ?? {});
  if (!first || reasons.length === 0) return { message: "Invalid argument" };
  return { message: `Invalid argument ${first.property}: ${reasons.join("; ")}`, argument: first.property };
}

export interface FormatErrorOptions {
  /** Drop "Did you mean …?" from messages: they reveal the schema field by field (production). */
  hideSuggestions: boolean;
}

/**
 * Shapes every error the API sends: client errors keep their message and
 * code; a database that cannot be reached, or that cancelled a statement
 * (statement_timeout), gets its own code; anything unexpected becomes
 * INTERNAL_SERVER_ERROR with no detail (the log has it, under the request id
 * the response carries).
 */
export function createFormatError(options: FormatErrorOptions) {
  const withoutSuggestions = (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (!options.hideSuggestions) return formatted;
    const message = formatted.message.replace(suggestion, "");
    return message === formatted.message ? formatted : { ...formatted, message };
  };

  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = error instanceof Error && "originalError" in error ? error.originalError : undefined;
    if (original instanceof ArgumentValidationError) {
      const { message, argument } = describeValidation(original);
      return { ...formatted, message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } };
    }
    if (clientErrorCodes.has(formatted.extensions?.code)) return withoutSuggestions(formatted);
    const failure = databaseFailure(error);
    if (failure) {
      return {
        message: databaseFailureMessages[failure],
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: failure === "timeout" ? ErrorCode.REQUEST_TIMEOUT : ErrorCode.DATABASE_UNAVAILABLE },
      };
    }
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
