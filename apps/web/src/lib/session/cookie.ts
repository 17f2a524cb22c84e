import { cookies, headers } from "next/headers";
import { requestProtocol } from "../origin";

/**
 * The cookie that keeps a person signed in. It holds the API session's secret and nothing else
 * (never the token signed in with); scripts cannot read it (HttpOnly), no other site's page sends
 * it (SameSite=Strict), it travels only over https when the page came over https, and the
 * browser drops it when the session ends (Max-Age).
 */
const SESSION_COOKIE = "parley_session";

/** The signed-in person's session secret, or null. Read it only where a page needs who is signed in. */
export async function sessionSecret(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

/** Keeps `secret` until `expiresAt`. From a server action only. */
export async function keepSession(secret: string, expiresAt: Date): Promise<void> {
  const secure = requestProtocol(await headers()) === "https";
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  (await cookies()).set(SESSION_COOKIE, secret, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge });
}

/** Forgets the session at once. From a server action only. */
export async function forgetSession(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: "/" });
}
