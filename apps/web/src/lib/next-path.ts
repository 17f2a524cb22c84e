// Where to go after signing in comes from the address (`?next=`), which anyone can write: only a
// path on this site is followed, never another origin (no open redirect).
const BASE = "http://parley.invalid";

const hasControlCharacter = (text: string) =>
  [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);

/** `given` as a path on this site (path, query and fragment), or `fallback` when it is anything else. */
export function sameSitePath(given: string | null | undefined, fallback: string): string {
  // "//host" and "/\host" are other origins to a browser; control characters and backslashes have no place in a path.
  if (!given || !given.startsWith("/") || given.startsWith("//") || given.includes("\\") || hasControlCharacter(given)) return fallback;
  const url = new URL(given, BASE);
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/** The sign-in page's address that returns to `path` afterwards. */
export function signInHref(path: string, reason?: "ended"): string {
  const query = new URLSearchParams({ next: path, ...(reason && { reason }) });
  return `/sign-in?${query}`;
}
