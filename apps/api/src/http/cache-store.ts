import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { createClient } from "@redis/client";
import { logger } from "../logger";
import { throttled } from "./throttled";

/** A response as stored: its JSON as Apollo wrote it (stored-answer.ts), and the ETag Express would give it (so that a hit need not hash it again). */
export interface CachedResponse {
  etag: string;
  body: string;
}

/** Where cached responses live: this process's memory, or a Redis server that every replica shares. */
export interface CacheStore {
  readonly kind: "memory" | "redis";
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * An in-process store bounded by size: an entry counts by the bytes of its
 * body, and the least recently used go first once `maxBytes` is reached; each
 * also expires after its TTL. Bodies are kept as written, ready to be written again.
 */
export function memoryStore(maxBytes: number): CacheStore {
  const cache = new InMemoryLRUCache<CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (entry) => Buffer.byteLength(entry.body) + entry.etag.length + 100,
  });
  return {
    kind: "memory",
    get: (key) => cache.get(key),
    set: (key, entry, ttlSeconds) => cache.set(key, entry, { ttl: ttlSeconds }),
    close: async () => undefined,
  };
}

/**
 * A shared store with a copy of what this process read or wrote kept in its
 * memory (`near`), so that a hot entry costs no round trip to Redis. The copy
 * cannot go stale: an entry never changes under its key, which holds the data
 * version (a write makes new keys, not new values). A copy lives its own TTL
 * (`ttlSeconds`) from when it was taken.
 */
export function nearCopies(near: CacheStore, shared: CacheStore, ttlSeconds: number): CacheStore {
  return {
    kind: shared.kind,
    get: async (key) => {
      const copy = await near.get(key);
      if (copy) return copy;
      const entry = await shared.get(key);
      if (entry) await near.set(key, entry, ttlSeconds);
      return entry;
    },
    set: async (key, entry, ttl) => {
      await near.set(key, entry, ttl);
      await shared.set(key, entry, ttl);
    },
    close: async () => {
      await near.close();
      await shared.close();
    },
  };
}

/** How long a connection may take; the API starts without waiting longer for its first one. */
const CONNECT_WAIT_MS = 2_000;
/** Longest pause between two attempts to connect. */
const RETRY_MAX_MS = 2_000;

/**
 * A store on the Redis server at `url`, through node-redis (Redis's own
 * client, which pipelines the commands of one tick by itself). Every entry is
 * written with its TTL, so Redis drops what is no longer read; entries keyed on
 * an old data version are never read again. While Redis is unreachable, the
 * store answers at once that it has nothing (each request is then a miss,
 * answered from the database) and stores nothing, and it keeps trying to connect.
 *
 * An entry is one value, the ETag (which holds no newline), a newline, then the
 * body, read back as one string: a hit is written out as Redis returned it, never
 * parsed (Keyv would wrap it in a JSON envelope of its own, escaping the whole
 * body once more, and parse that on every hit: half the throughput).
 */
export async function redisStore(url: string): Promise<CacheStore> {
  let everReady = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const client = createClient({
    url,
    // While disconnected, a command fails at once rather than waiting in a queue.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_WAIT_MS,
      // Once connected, the client reconnects by itself after a drop; before that, `connect` below retries.
      reconnectStrategy: (retries: number) => (everReady && !closed ? Math.min(100 * 2 ** retries, RETRY_MAX_MS) : false),
    },
  });
  const reportError = throttled((error: unknown) => logger.error("Response cache: Redis error", { error: String(error) }));
  client.on("error", reportError);
  client.on("ready", () => (everReady = true));
  const connect = (): Promise<boolean> =>
    client.connect().then(
      () => true,
      (error: unknown) => {
        reportError(error);
        // A timer that does not hold the process open, and that close() clears.
        if (!closed) retry = setTimeout(() => void connect(), RETRY_MAX_MS).unref();
        return false;
      },
    );
  const connected = await Promise.race([connect(), new Promise<false>((resolve) => setTimeout(resolve, CONNECT_WAIT_MS, false).unref())]);
  if (!connected)
    logger.error("Response cache: Redis not reachable yet; answering from the database until it is", { redis: redactedUrl(url) });

  return {
    kind: "redis",
    get: async (key) => {
      if (!client.isReady) return undefined;
      const value = await client.get(key);
      const newline = value ? value.indexOf("\n") : -1;
      return value && newline >= 0 ? { etag: value.slice(0, newline), body: value.slice(newline + 1) } : undefined;
    },
    set: async (key, { etag, body }, ttlSeconds) => {
      if (!client.isReady) return;
      const value = `${etag}\n${body}`;
      await client.set(key, value, { expiration: { type: "EX", value: ttlSeconds } });
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      // Gracefully when connected (what was sent is answered); at once when not.
      if (client.isReady) await client.close().catch(() => undefined);
      else if (client.isOpen) client.destroy();
    },
  };
}

function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
