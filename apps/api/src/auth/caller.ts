import { findTokenInForce, type PrismaClient, type TokenScope } from "@parley/db";
import { findSessionInForce, isSessionSecret } from "./sessions";

/**
 * Who is writing: the token the request carries, or the token of the web
 * session it carries (a session writes as its token).
 */
export interface Caller {
  /** The token's id. Unique across databases too (a UUID): what the write limit counts by. */
  id: string;
  name: string;
  scope: TokenScope;
  /** When the bearer stops being in force (a session's end, or its token's expiry, whichever is first); null: never. */
  expiresAt: Date | null;
  /** The web session the request carries; undefined for a token. */
  sessionId?: string;
}

/** The secret of an `Authorization: Bearer <secret>` header; undefined when absent or of another kind. */
function bearerSecret(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? "");
  return match?.[1];
}

/** The caller a token or a session secret stands for, or null: unknown, expired, ended and revoked all look alike. */
export function findCaller(db: PrismaClient, secret: string): Promise<Caller | null> {
  return isSessionSecret(secret) ? findSessionInForce(db, secret) : findTokenInForce(db, secret);
}

/**
 * The request's caller, looked up once and only when something asks (reads
 * never do): null for no bearer, or one that is not in force.
 */
export function callerOf(db: PrismaClient, authorization: string | undefined): () => Promise<Caller | null> {
  let caller: Promise<Caller | null> | undefined;
  return () => {
    const secret = bearerSecret(authorization);
    caller ??= secret === undefined ? Promise.resolve(null) : findCaller(db, secret);
    return caller;
  };
}

/** What history records as the writer: `token:NAME`, whether the request carried the token or a session of it. */
export function writerName(caller: Caller): string {
  return `token:${caller.name}`;
}
