import type { PrismaClient } from "@parley/db";
import { createLoaders, type Loaders } from "../services/loaders";

/** What every resolver gets: the database, this request's loaders, and its id for logs. */
export interface Context {
  db: PrismaClient;
  loaders: Loaders;
  requestId: string;
}

/** `signal` aborts when the request is abandoned: its loaders then query nothing more. */
export function createContext(db: PrismaClient, requestId: string, signal: AbortSignal): Context {
  return { db, loaders: createLoaders(db, signal), requestId };
}
