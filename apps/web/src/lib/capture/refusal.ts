import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** What the API refused and why, for the page to show beside the field it concerns. */
export interface Refusal {
  message: string;
  /** The input field the API named (`extensions.field`), such as `text` or `statements[k3].excerpt`. */
  field: string | null;
  code: string;
}

// Codes whose message the API writes for the person who sent the request: shown as they come.
const TOLD = new Set(["BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND"]);

/**
 * The API's refusal of a write, as the page shows it; null for what no person can act on (a bug,
 * which goes to the error boundary). UNAUTHENTICATED is the caller's to handle: it means signing in again.
 */
export function apiRefusal(error: unknown): Refusal | null {
  if (error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error)) {
    const tooLarge = ServerError.is(error) && error.statusCode === 413;
    return {
      message: tooLarge
        ? "The article is too long for the Parley API to take in one request."
        : "The Parley API could not be reached, so nothing was saved. Please try again in a moment.",
      field: null,
      code: tooLarge ? "PAYLOAD_TOO_LARGE" : "API_UNREACHABLE",
    };
  }
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const refused of error.errors) {
    const code = String(refused.extensions?.["code"] ?? "");
    const field = refused.extensions?.["field"];
    if (TOLD.has(code)) return { message: refused.message, field: typeof field === "string" ? field : null, code };
    if (code === "RATE_LIMITED") {
      const after = Number(refused.extensions?.["retryAfterSeconds"]);
      const wait = Number.isFinite(after) ? ` Try again in ${after} ${after === 1 ? "second" : "seconds"}.` : "";
      return { message: `You have saved too many changes in a short time, so this one was not saved.${wait}`, field: null, code };
    }
  }
  return null;
}
