import { findTokenInForce, type PrismaClient } from "@parley/db";
import type { Caller } from "../auth/caller";
import { newSessionSecret, sessionHash } from "../auth/sessions";
import { BadUserInputError, UnauthenticatedError } from "../errors";

/** How long an ended or expired session is kept before a sign-in clears it away. */
const KEPT_AFTER_END_MS = 7 * 24 * 3_600_000;

/** The token a person signs in with, in force; UNAUTHENTICATED otherwise, with one message whatever was wrong. */
export async function signingInCaller(db: PrismaClient, token: string): Promise<Caller> {
  const caller = await findTokenInForce(db, token);
  if (!caller) throw new UnauthenticatedError();
  return caller;
}

export interface NewSession {
  /** Shown this once: only its hash is stored. */
  secret: string;
  expiresAt: Date;
  caller: Caller;
}

/**
 * Starts a web session for a token in force, lasting `ttlMs` (no longer than
 * the token), and clears away sessions that ended a while ago.
 */
export async function createWebSession(db: PrismaClient, caller: Caller, ttlMs: number, now = new Date()): Promise<NewSession> {
  const lifetimeEnd = new Date(now.getTime() + ttlMs);
  const expiresAt = caller.expiresAt !== null && caller.expiresAt < lifetimeEnd ? caller.expiresAt : lifetimeEnd;
  const secret = newSessionSecret();
  const long = new Date(now.getTime() - KEPT_AFTER_END_MS);
  const [, session] = await db.$transaction([
    db.webSession.deleteMany({ where: { OR: [{ expiresAt: { lt: long } }, { endedAt: { lt: long } }] } }),
    db.webSession.create({ data: { tokenId: caller.id, hash: sessionHash(secret), createdAt: now, expiresAt }, select: { id: true } }),
  ]);
  return { secret, expiresAt, caller: { ...caller, expiresAt, sessionId: session.id } };
}

/** Ends the request's session at once; a request that carries a token rather than a session has none to end. */
export async function endWebSession(db: PrismaClient, caller: Caller | null): Promise<Date> {
  if (!caller) throw new UnauthenticatedError();
  if (caller.sessionId === undefined)
    throw new BadUserInputError("The request carries a token, not a session: send the session's secret as the bearer to end it");
  const endedAt = new Date();
  const { count } = await db.webSession.updateMany({ where: { id: caller.sessionId, endedAt: null }, data: { endedAt } });
  if (count === 0) throw new UnauthenticatedError();
  return endedAt;
}
