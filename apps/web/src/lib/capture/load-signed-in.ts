import { redirect } from "next/navigation";
import { hasErrorCode, type Loaded, loadFromApi } from "../load-from-api";
import { signInHref } from "../next-path";
import { makeServerClient } from "../server-client";
import { sessionSecret } from "../session/cookie";

/**
 * Loads what a signed-in page shows, as the person signed in: without a session, or once the API
 * says it has ended, the person is sent to sign in and then back to `path` (its query kept).
 */
export async function loadSignedIn<T>(
  path: string,
  run: (client: ReturnType<typeof makeServerClient>) => Promise<T | null>,
): Promise<Loaded<T>> {
  const secret = await sessionSecret();
  if (secret === null) redirect(signInHref(path));
  try {
    return await loadFromApi(() => run(makeServerClient(secret)));
  } catch (error) {
    if (hasErrorCode(error, "UNAUTHENTICATED")) redirect(signInHref(path, "ended"));
    throw error;
  }
}

/** A page's path with its query, to come back to after signing in. */
export function pathWithQuery(pathname: string, params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  return query.size > 0 ? `${pathname}?${query}` : pathname;
}
