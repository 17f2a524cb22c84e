import { findTokenInForce, type PrismaClient, type TokenScope } from "@parley/db";

/** Who is writing: the token the request carries (its row's id, its name and scope). */
export interface Caller {
  /** Unique across databases too (a UUID): what the write limit counts by. */
  id: string;
  name: string;
  scope: TokenScope;
}

/** The token of an `Authorization: Bearer <token>` header; undefined when absent or of another kind. */
function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? "");
  return match?.[1];
}

/**
 * The request's caller, looked up once and only when something asks (reads
 * never do): null for no token, or one that is unknown, expired or revoked.
 */
export function callerOf(db: PrismaClient, authorization: string | undefined): () => Promise<Caller | null> {
  let caller: Promise<Caller | null> | undefined;
  return () => {
    const token = bearerToken(authorization);
    caller ??= token === undefined ? Promise.resolve(null) : findTokenInForce(db, token);
    return caller;
  };
}

/** What history records as the writer: `token:NAME`. */
export function writerName(caller: Caller): string {
  return `token:${caller.name}`;
}
