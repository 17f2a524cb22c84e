import { createClient } from "@redis/client";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { throttled } from "../http/throttled";
import { logger } from "../logger";

const CONNECT_WAIT_MS = 2_000;

export interface WriteLimitConfig {
  /** Writes each token may make in a window. */
  points: number;
  windowSeconds: number;
  /** Count in this Redis server, shared by every API process, instead of in each process. */
  redisUrl?: string;
}

/** Counts each token's writes; `take` answers how many seconds to wait, or null when the write may go ahead. */
export interface WriteLimiter {
  take(tokenId: string): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * A fixed-window limit per token (rate-limiter-flexible), in process or in
 * Redis. While Redis cannot be reached, each process counts by itself (the
 * library's insurance limiter) rather than refuse or let everything through.
 */
export async function openWriteLimiter(config: WriteLimitConfig): Promise<WriteLimiter> {
  const options = { points: config.points, duration: config.windowSeconds, keyPrefix: "parley:writes" };
  const inProcess = new RateLimiterMemory(options);
  if (!config.redisUrl) return { take: (tokenId) => take(inProcess, tokenId), close: async () => undefined };

  const reportError = throttled((error: unknown) => logger.error("Write limit: Redis error", { error: String(error) }));
  const client = createClient({
    url: config.redisUrl,
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_WAIT_MS, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
  });
  client.on("error", reportError);
  // Start without waiting longer than the response cache does for its Redis; until connected, each process counts alone.
  const connected = client.connect().then(() => undefined, reportError);
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  const shared = new RateLimiterRedis({
    ...options,
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: inProcess,
  });
  return {
    take: (tokenId) => take(shared, tokenId),
    close: async () => {
      if (client.isReady) await client.close().catch(() => undefined);
      else if (client.isOpen) client.destroy();
    },
  };
}

async function take(limiter: RateLimiterMemory | RateLimiterRedis, tokenId: string): Promise<number | null> {
  try {
    await limiter.consume(tokenId);
    return null;
  } catch (refusal: unknown) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}
