"use server";

import { EndSessionDocument } from "@parley/schema";
import { redirect } from "next/navigation";
import { hasErrorCode } from "../lib/load-from-api";
import { sameSitePath } from "../lib/next-path";
import { makeServerClient } from "../lib/server-client";
import { forgetSession, sessionSecret } from "../lib/session/cookie";
import { startSession } from "../lib/session/start";

export interface SignInState {
  /** Why the last attempt failed; the token tried is never sent back. */
  error: string | null;
}

/** Signs in with a write token, then goes on to `next` (a path on this site only). */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const token = form.get("token");
  const error = await startSession(typeof token === "string" ? token : "");
  if (error !== null) return { error };
  const next = form.get("next");
  redirect(sameSitePath(typeof next === "string" ? next : null, "/capture"));
}

/** Ends the session at the API, so its secret is worthless from now on, and forgets the cookie. */
export async function signOut(): Promise<void> {
  const secret = await sessionSecret();
  await forgetSession();
  let done = "1";
  if (secret !== null) {
    try {
      await makeServerClient(secret).mutate({ mutation: EndSessionDocument });
    } catch (error) {
      // A session the API no longer knows is over already; one it could not be told of lapses when it expires.
      if (!hasErrorCode(error, "UNAUTHENTICATED")) done = "unconfirmed";
    }
  }
  redirect(`/sign-out?done=${done}`);
}
