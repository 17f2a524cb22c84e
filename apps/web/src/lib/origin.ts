import { headers } from "next/headers";

/** The origin a request asked for (behind a proxy, as the proxy forwarded it): for absolute links in exports and structured data. */
export function originOf(given: Headers): string {
  const host = given.get("x-forwarded-host") ?? given.get("host") ?? "localhost";
  const protocol = given.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

/** The origin of the page being rendered. */
export async function requestOrigin(): Promise<string> {
  return originOf(await headers());
}
