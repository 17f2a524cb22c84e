import type { PrismaClient } from "@parley/db";
import { type Caller, callerOf } from "../auth/caller";
import type { WriteLimiter } from "../auth/write-limiter";
import { createLoaders, type Loaders } from "../services/loaders";

/** What every resolver gets: the database, this request's loaders, its caller (for writes) and its id for logs. */
export interface Context {
  db: PrismaClient;
  loaders: Loaders;
  requestId: string;
  /** The token the request carries, in force; null when there is none. Looked up on first call. */
  caller: () => Promise<Caller | null>;
  /** Counts writes per token; no limit when absent. */
  writeLimiter?: WriteLimiter;
}

export interface RequestAuth {
  /** The request's Authorization header. */
  authorization?: string;
  writeLimiter?: WriteLimiter;
}

/** `signal` aborts when the request is abandoned: its loaders then query nothing more. */
export function createContext(db: PrismaClient, requestId: string, signal: AbortSignal, auth: RequestAuth = {}): Context {
  return { db, loaders: createLoaders(db, signal), requestId, caller: callerOf(db, auth.authorization), writeLimiter: auth.writeLimiter };
}
