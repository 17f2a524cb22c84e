import { KeyvAdapter } from "@apollo/utils.keyvadapter";
import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import KeyvRedis, { createClient } from "@keyv/redis";
import { Keyv } from "keyv";
import { logger } from "../logger";
import { throttled } from "./throttled";

/** A response as stored: its JSON, and the ETag Express would give it (so that a hit need not hash it again). */
export interface CachedResponse {
  etag: string;
  body: Buffer | string;
}

/** Where cached responses live: this process's memory, or a Redis server that every replica shares. */
export interface CacheStore {
  readonly kind: "memory" | "redis";
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: { etag: string; body: string }, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * An in-process store bounded by size: an entry counts by the bytes of its
 * body, and the least recently used go first once `maxBytes` is reached; each
 * also expires after its TTL. Bodies are kept encoded, ready to be written.
 */
export function memoryStore(maxBytes: number): CacheStore {
  const cache = new InMemoryLRUCache<CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + entry.etag.length + 100,
  });
  return {
    kind: "memory",
    get: (key) => cache.get(key),
    set: (key, { etag, body }, ttlSeconds) => cache.set(key, { etag, body: Buffer.from(body) }, { ttl: ttlSeconds }),
    close: async () => undefined,
  };
}

/** How long a connection may take; the API starts without waiting longer for its first one. */
const CONNECT_WAIT_MS = 2_000;
/** Longest pause between two attempts to connect. */
const RETRY_MAX_MS = 2_000;

/**
 * A store on the Redis server at `url`, through Keyv. Every entry is written
 * with its TTL, so Redis drops what is no longer read; entries keyed on an old
 * data version are never read again. While Redis is unreachable, the store
 * answers at once that it has nothing (each request is then a miss, answered
 * from the database) and stores nothing, and it keeps trying to connect.
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
  if (!connected) logger.error("Response cache: Redis not reachable yet; answering from the database until it is", { redis: redactedUrl(url) });

  const redis = new KeyvRedis<string>(client);
  // The client's errors reach here too, and are already reported.
  redis.on("error", () => undefined);
  const keyv = new Keyv<string>({ store: redis, useKeyPrefix: false });
  // Keys as the cache makes them (`parley:response:...`), without Keyv's own namespace before them.
  keyv.namespace = undefined;
  keyv.on("error", () => undefined);
  // Batches the gets of one tick into one MGET.
  const cache: KeyValueCache<string> = new KeyvAdapter<string>(keyv);
  return {
    kind: "redis",
    // One string: the ETag (which holds no newline), a newline, the body.
    get: async (key) => {
      if (!client.isReady) return undefined;
      const value = await cache.get(key);
      const newline = value?.indexOf("\n") ?? -1;
      return value === undefined || newline < 0 ? undefined : { etag: value.slice(0, newline), body: value.slice(newline + 1) };
    },
    set: async (key, { etag, body }, ttlSeconds) => {
      if (client.isReady) await cache.set(key, `${etag}\n${body}`, { ttl: ttlSeconds });
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
