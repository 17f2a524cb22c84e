import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { Database } from "./db/database";
import { readDataVersion } from "./db/data-version";
import { checkHealth } from "./db/health";
import { type Context, createContext } from "./graphql/context";
import { formatError } from "./graphql/format-error";
import { buildApiSchema } from "./graphql/schema";
import { CACHE_HEADER, openResponseCache, type ResponseCacheConfig, responseCachePlugin } from "./http/response-cache";
import { logger } from "./logger";

export interface ServerOptions {
  db: Database;
  /** Browser origins allowed to call the API: the web app's. */
  webOrigins: string[];
  /** Stack traces in error responses: for development only. */
  exposeStackTraces?: boolean;
  /** Cache the responses of successful queries (see http/response-cache.ts); off when omitted. */
  responseCache?: ResponseCacheConfig;
}

export interface Server {
  /** Not listening yet: `httpServer.listen(port)` is the caller's to do. */
  httpServer: http.Server;
  /** Stops taking requests, lets those in flight finish, stops Apollo and closes the response cache. The database stays open. */
  stop(): Promise<void>;
}

/** Builds the API (GraphQL at /graphql, health at /health) without listening. */
export async function createServer(options: ServerOptions): Promise<Server> {
  const app = express();
  const httpServer = http.createServer(app);
  const responseCache = options.responseCache && (await openResponseCache(options.responseCache, () => readDataVersion(options.db)));
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    formatError,
    includeStacktraceInErrorResponses: options.exposeStackTraces ?? false,
    // index.ts owns shutdown (server, then database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads from a CDN; the API answers GraphQL only.
      ApolloServerPluginLandingPageDisabled(),
      ...(responseCache ? [responseCachePlugin<Context>()] : []),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                if (error.extensions.code !== undefined && error.extensions.code !== "INTERNAL_SERVER_ERROR") continue;
                logger.error("GraphQL request failed", {
                  requestId: contextValue.requestId,
                  error: error.originalError?.stack ?? error.message,
                });
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use((request, response, next) => {
    response.locals.requestId = randomUUID();
    response.setHeader("x-request-id", response.locals.requestId);
    next();
  });

  app.get("/health", async (_request, response) => {
    const health = await checkHealth(options.db);
    response.status(health.ok ? 200 : 503).json(health.ok ? { status: "ok" } : { status: "unavailable", reason: health.reason });
  });

  app.use(
    "/graphql",
    cors<cors.CorsRequest>({ origin: options.webOrigins, exposedHeaders: ["x-request-id", CACHE_HEADER] }),
    express.json({ limit: "100kb" }),
    // Answers a cached read before Apollo sees it; stores what Apollo marks cacheable.
    ...(responseCache ? [responseCache.middleware] : []),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(options.db.prisma, String(res.locals.requestId)),
    }),
  );

  app.use((_request, response) => {
    response.status(404).json({ error: "Not found" });
  });

  // Errors before GraphQL runs (a body that is not JSON, or too large) answer
  // in GraphQL's error shape, never with Express's HTML page and stack trace.
  app.use((error: { status?: number; expose?: boolean; message?: string }, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error("Request failed", { requestId: response.locals.requestId, error: String(error.message) });
    response.status(status).json({
      errors: [{ message: status === 500 ? "Internal server error" : (error.message ?? "Bad request"), extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }],
    });
  });

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await responseCache?.close();
    },
  };
}
