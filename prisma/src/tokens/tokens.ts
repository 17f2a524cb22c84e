import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { PrismaClient, TokenScope } from "../../generated/client/client";

/**
 * Bearer tokens for writing through the API. A token is 32 random bytes
 * (base64url, after a `parley_` prefix that secret scanners can match); only
 * its SHA-256 is stored, so the database never holds a usable token.
 */
const PREFIX = "parley_";

export interface TokenInfo {
  name: string;
  scope: TokenScope;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Names are labels people read in history: lower-case words joined by `.`, `_` or `-` (the database checks it too). */
const NAME_FORMAT = /^[a-z0-9]+([._-][a-z0-9]+)*$/;

/** Hex SHA-256 of a secret (a token, a web session's secret): all the database keeps of it. */
export function hashOf(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Creates a token and returns it: the only time it is ever seen. */
export async function createToken(db: PrismaClient, options: { name: string; scope: TokenScope; expiresAt?: Date }): Promise<string> {
  if (!NAME_FORMAT.test(options.name))
    throw new Error(`A token's name is lower-case letters and digits joined by ".", "_" or "-"; got "${options.name}"`);
  if (await db.apiToken.findUnique({ where: { name: options.name }, select: { id: true } })) {
    throw new Error(`A token named "${options.name}" exists already (revoked names are kept: history refers to them)`);
  }
  const token = PREFIX + randomBytes(32).toString("base64url");
  await db.apiToken.create({
    data: { name: options.name, scope: options.scope, hash: hashOf(token), expiresAt: options.expiresAt ?? null },
  });
  return token;
}

export function listTokens(db: PrismaClient): Promise<TokenInfo[]> {
  return db.apiToken.findMany({
    orderBy: { createdAt: "asc" },
    select: { name: true, scope: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
}

/**
 * Revokes the token with this name at once, and ends the web sessions signed
 * in with it; false when there is none still in force.
 */
export async function revokeToken(db: PrismaClient, name: string): Promise<boolean> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: now } });
    await tx.webSession.updateMany({ where: { token: { name }, endedAt: null }, data: { endedAt: now } });
    return count === 1;
  });
}

/**
 * The token in force that `presented` is, or null: unknown, revoked and
 * expired tokens all look the same to the caller. The lookup is by hash (an
 * index probe on a value the caller cannot steer byte by byte); the hashes
 * are then compared in constant time all the same.
 */
export async function findTokenInForce(
  db: PrismaClient,
  presented: string,
  now = new Date(),
): Promise<{ id: string; name: string; scope: TokenScope; expiresAt: Date | null } | null> {
  const hash = hashOf(presented);
  const row = await db.apiToken.findUnique({
    where: { hash },
    select: { id: true, name: true, scope: true, hash: true, expiresAt: true, revokedAt: true },
  });
  if (!row || !timingSafeEqual(Buffer.from(row.hash, "hex"), Buffer.from(hash, "hex"))) return null;
  if (row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt <= now)) return null;
  return { id: row.id, name: row.name, scope: row.scope, expiresAt: row.expiresAt };
}
