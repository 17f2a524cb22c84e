import "./node-env";
import { prepareDatabase, serveTokenCommands } from "@parley/db";
import { openApiDatabase } from "./db/open";
import { readEnv } from "./env";
import { loggedConfiguration } from "./logged-configuration";
import { logger } from "./logger";
import { createServer } from "./server";

/** Starts the API: opens and migrates the database, seeds an empty embedded one, listens, and stops cleanly on SIGTERM/SIGINT. */
async function main() {
  const env = readEnv();
  logger.info("Configuration", { variables: loggedConfiguration(env) });
  const db = await openApiDatabase(env);
  const prepared = await prepareDatabase(db, { seedIfEmpty: env.SEED_IF_EMPTY ?? db.engine === "pglite" });
  logger.info("Database ready", { engine: db.engine, ...prepared });

  const server = await createServer({
    db,
    webOrigins: env.WEB_ORIGIN,
    exposeStackTraces: env.NODE_ENV === "development",
    nodeEnv: env.NODE_ENV,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
    maxConcurrentRequests: env.MAX_CONCURRENT_REQUESTS,
    compiledReads: env.COMPILED_READS,
    responseCache: env.RESPONSE_CACHE
      ? { ttlSeconds: env.RESPONSE_CACHE_TTL_SECONDS, maxBytes: env.RESPONSE_CACHE_MAX_MB * 2 ** 20, redisUrl: env.REDIS_URL }
      : undefined,
    writeLimit:
      env.WRITE_RATE_LIMIT > 0
        ? { points: env.WRITE_RATE_LIMIT, windowSeconds: env.WRITE_RATE_LIMIT_WINDOW_SECONDS, redisUrl: env.REDIS_URL }
        : undefined,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
  });
  logger.info(
    "Response cache",
    env.RESPONSE_CACHE ? { store: env.REDIS_URL ? "redis" : "memory", ttlSeconds: env.RESPONSE_CACHE_TTL_SECONDS } : { store: "off" },
  );
  // On PGlite the folder is this process's alone: `npm run token` reaches it through this socket (see @parley/db's tokens/socket.ts).
  const tokenSocket = db.engine === "pglite" ? await serveTokenCommands(db.prisma, env.PGLITE_DATA_DIR) : undefined;
  if (tokenSocket) logger.info("Token commands", { socket: tokenSocket.path });
  server.httpServer.listen(env.API_PORT, () => {
    logger.info("API listening", { graphql: `http://localhost:${env.API_PORT}/graphql` });
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("Shutting down", { signal });
    await server.stop();
    await tokenSocket?.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  logger.error("API failed to start", { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
