import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { notFound } from "next/navigation";

/** What a page gets from the API: its data, or the news that the API could not be reached. */
export type Loaded<T> = { reached: true; data: T } | { reached: false };

/** fetch rejects with a TypeError when nothing answers; Apollo wraps bad HTTP answers. */
function isUnreachable(error: unknown): error is Error {
  return error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error);
}

/** One line for the server log: fetch's "fetch failed" says little without its cause. */
function describe(error: Error): string {
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.["code"] === "NOT_FOUND")
  );
}

/**
 * Runs a server component's API call. A NOT_FOUND error becomes Next's 404; an API that is down
 * becomes a value the page renders as a plain message, so the server keeps serving. Anything
 * else is a bug and goes to the error boundary.
 */
export async function loadFromApi<T>(run: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { reached: true, data: await run() };
  } catch (error) {
    if (isNotFound(error)) notFound();
    if (!isUnreachable(error)) throw error;
    console.error(`The Parley API could not be reached: ${describe(error)}`);
    return { reached: false };
  }
}
