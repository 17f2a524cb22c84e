import { randomBytes } from "node:crypto";
import { hashOf, type PrismaClient } from "@parley/db";
import type { Caller } from "./caller";

/**
 * A web session's secret: 32 random bytes (base64url) after a prefix of its
 * own, which tells it from a token (`parley_` + bytes) and lets secret
 * scanners match it. Only its SHA-256 is stored.
 */
const SESSION_PREFIX = "parley_session_";

export function newSessionSecret(): string {
  return SESSION_PREFIX + randomBytes(32).toString("base64url");
}

export function isSessionSecret(secret: string): boolean {
  return secret.startsWith(SESSION_PREFIX);
}

export function sessionHash(secret: string): string {
  return hashOf(secret);
}

const earlier = (a: Date, b: Date | null) => (b !== null && b < a ? b : a);

/**
 * The caller of a session in force (not ended, not expired) whose token is in
 * force too, so that revoking a token ends its sessions at once; null otherwise.
 * One index probe on the secret's hash, joined to the token.
 */
export async function findSessionInForce(db: PrismaClient, secret: string, now = new Date()): Promise<Caller | null> {
  const row = await db.webSession.findUnique({
    where: { hash: sessionHash(secret) },
    select: {
      id: true,
      expiresAt: true,
      endedAt: true,
      token: { select: { id: true, name: true, scope: true, expiresAt: true, revokedAt: true } },
    },
  });
  if (!row || row.endedAt !== null || row.expiresAt <= now) return null;
  const { token } = row;
  if (token.revokedAt !== null || (token.expiresAt !== null && token.expiresAt <= now)) return null;
  return { id: token.id, name: token.name, scope: token.scope, expiresAt: earlier(row.expiresAt, token.expiresAt), sessionId: row.id };
}
