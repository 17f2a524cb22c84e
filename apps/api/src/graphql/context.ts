import type { PrismaClient } from "@parley/db";
import type { Caller } from "../auth/caller";
import type { WriteLimiter } from "../auth/write-limiter";
import { createLoaders, type Loaders } from "../services/loaders";

/** What every resolver gets: the database, this request's loaders, its caller (for writes) and its id for logs. */
export interface Context {
  db: PrismaClient;
  loaders: Loaders;
  requestId: string;
  /** The token the request's bearer stands for (itself, or a web session's), in force; null when there is none. Looked up on first call. */
  caller: () => Promise<Caller | null>;
  /** Counts writes per token; no limit when absent. */
  writeLimiter?: WriteLimiter;
  /** How long a web session lasts. */
  sessionTtlMs: number;
}

export interface RequestAuth {
  /** The request's caller, looked up on first call (see auth/caller.ts: callerOf). */
  caller: () => Promise<Caller | null>;
  writeLimiter?: WriteLimiter;
  sessionTtlMs: number;
}

/** `signal` aborts when the request is abandoned: its loaders then query nothing more. */
export function createContext(db: PrismaClient, requestId: string, signal: AbortSignal, auth: RequestAuth): Context {
  return { db, loaders: createLoaders(db, signal), requestId, ...auth };
}
