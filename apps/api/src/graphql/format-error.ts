import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "../errors";

// Codes whose messages are written for the client; anything else is masked.
const clientErrorCodes = new Set<unknown>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** "first: first must not be greater than 100" from class-validator's findings. */
function describeValidation(error: ArgumentValidationError): { message: string; argument?: string } {
  const [first] = error.extensions.validationErrors;
  const reasons = Object.values(first?.constraints ?? {});
  if (!first || reasons.length === 0) return { message: "Invalid argument" };
  return { message: `Invalid argument ${first.property}: ${reasons.join("; ")}`, argument: first.property };
}

/**
 * Shapes every error the API sends: client errors keep their message and
 * code; anything unexpected becomes INTERNAL_SERVER_ERROR with no detail
 * (the log has it, under the request id the response carries).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof Error && "originalError" in error ? error.originalError : undefined;
  if (original instanceof ArgumentValidationError) {
    const { message, argument } = describeValidation(original);
    return { ...formatted, message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } };
  }
  if (clientErrorCodes.has(formatted.extensions?.code)) return formatted;
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
