import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** What a page gets from the API: its record, the news that there is none, or that the API could not be reached. */
export type Loaded<T> = { status: "found"; data: T } | { status: "missing" } | { status: "unreachable" };

/** fetch rejects with a TypeError when nothing answers; Apollo wraps bad HTTP answers. */
function isUnreachable(error: unknown): error is Error {
  return error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error);
}

/** One line for the server log: fetch's "fetch failed" says little without its cause. */
function describe(error: Error): string {
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** Whether the API answered with an error of this code (`NOT_FOUND`, `BAD_USER_INPUT`). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.["code"] === code);
}

/**
 * Runs a server component's API call; `run` resolves to null when the record does not exist. A
 * missing record and an API that is down become values the page renders (with a 404 or a 503,
 * see `Unavailable`), so the server keeps serving. Anything else is a bug and goes to the error boundary.
 */
export async function loadFromApi<T>(run: () => Promise<T | null>): Promise<Loaded<T>> {
  try {
    const data = await run();
    return data === null ? { status: "missing" } : { status: "found", data };
  } catch (error) {
    if (hasErrorCode(error, "NOT_FOUND")) return { status: "missing" };
    if (!isUnreachable(error)) throw error;
    console.error(`The Parley API could not be reached: ${describe(error)}`);
    return { status: "unreachable" };
  }
}

/** A page's title: its record's, or what went wrong ("Actor not found", "API unreachable"). */
export function titleFor<T>(loaded: Loaded<T>, what: string, title: (data: T) => string): string {
  if (loaded.status === "unreachable") return "API unreachable";
  if (loaded.status === "missing") return `${what} not found`;
  return title(loaded.data);
}
