import { headers } from "next/headers";

/** The protocol a request came in on: behind a proxy, the first one X-Forwarded-Proto names. */
export function requestProtocol(given: Headers): string {
  return given.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
}

/** The origin a request asked for (behind a proxy, as the proxy forwarded it): for absolute links in exports and structured data. */
export function originOf(given: Headers): string {
  const host = given.get("x-forwarded-host") ?? given.get("host") ?? "localhost";
  return `${requestProtocol(given)}://${host}`;
}

/** The origin of the page being rendered. */
export async function requestOrigin(): Promise<string> {
  return originOf(await headers());
}
