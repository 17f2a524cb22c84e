import { CreateSessionDocument } from "@parley/schema";
import { hasErrorCode } from "../load-from-api";
import { makeServerClient } from "../server-client";
import { keepSession } from "./cookie";

const REFUSED =
  "That token was not accepted: it is unknown, expired or revoked, or it may not write. Check it, or ask whoever runs Parley for one.";
const UNREACHABLE = "The Parley API could not be reached, so you could not be signed in. Please try again in a moment.";

/**
 * Turns a write token into a session at the API and keeps only the session's secret, in the
 * cookie; the token itself is neither kept, logged nor sent back. Resolves to why it failed, or null.
 */
export async function startSession(token: string): Promise<string | null> {
  if (token.trim() === "") return "Enter your token to sign in.";
  try {
    const { data } = await makeServerClient().mutate({ mutation: CreateSessionDocument, variables: { input: { token: token.trim() } } });
    if (!data) return UNREACHABLE;
    await keepSession(data.createSession.secret, new Date(data.createSession.expiresAt));
    return null;
  } catch (error) {
    return hasErrorCode(error, "UNAUTHENTICATED") ? REFUSED : UNREACHABLE;
  }
}
