import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";

import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { Database } from "@parley/db";
import { openWriteLimiter, type WriteLimitConfig } from "./auth/write-limiter";
import { databaseFailure } from "./db/failures";
import { readDataVersion } from "./db/data-version";
import { checkHealth } from "./db/health";
import type { Env } from "./env";
import { type Context, createContext } from "./graphql/context";
import { createFormatError } from "./graphql/format-error";
import { KnownOperationTypesRule } from "./graphql/known-operation-types";
import { armorValidationRules, costLimitPlugin, parseOptions, tokenLimitPlugin } from "./graphql/limits";
import { buildApiSchema, printApiSchema } from "./graphql/schema";
import { textInputPlugin } from "./graphql/text-input";
import { admission } from "./http/admission";
import { deadlineOf, requestDeadline } from "./http/deadline";
import { frontPage } from "./http/front-page";
import { graphqlStatusPlugin, RETRY_AFTER_SECONDS } from "./http/graphql-status";
import { IDE_ASSETS_PATH, ideAssets, idePage } from "./http/ide";
import { jsonBody, requestCaller } from "./http/json-body";
import { CACHE_HEADER, type EtagFunction, openResponseCache, type ResponseCacheConfig } from "./http/response-cache";
import { stringifyResult } from "./http/stored-answer";
import { DEFAULT_HEADERS_TIMEOUT_MS, httpServerTimeouts } from "./http/timeouts";
import { logger } from "./logger";
import { compiledReadsPlugin } from "./reads/compiled-reads.plugin";

/** The request deadline when none is given: REQUEST_TIMEOUT_MS's default. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** A web session's lifetime when none is given: SESSION_TTL_HOURS's default. */
export const DEFAULT_SESSION_TTL_MS = 12 * 3_600_000;

export interface ServerOptions {
  db: Database;
  /** Browser origins allowed to call the API: the web app's. */
  webOrigins: string[];
  /** Stack traces in error responses: for development only. */
  exposeStackTraces?: boolean;
  /** "production" (the default) hides the schema's "Did you mean …?" suggestions from error messages. */
  nodeEnv?: Env["NODE_ENV"];
  /** Past this, a request is answered 504 REQUEST_TIMEOUT and its work abandoned. */
  requestTimeoutMs?: number;
  /** Past this, a client still sending its request's headers is answered 408 and its connection closed (see http/timeouts.ts). */
  headersTimeoutMs?: number;
  /** GraphQL requests run at once, the rest waiting in line; unlimited when omitted. */
  maxConcurrentRequests?: number;
  /** Cache the responses of successful queries (see http/response-cache.ts); off when omitted. */
  responseCache?: ResponseCacheConfig;
  /** Limit each token's writes (see auth/write-limiter.ts); no limit when omitted. */
  writeLimit?: WriteLimitConfig;
  /** How long a web session lasts; SESSION_TTL_HOURS's default (12 h) when omitted. */
  sessionTtlMs?: number;
  /** Answer the queries that compile with one SQL statement per root field (reads/); on unless false, which tests and the bench use to compare. */
  compiledReads?: boolean;
}

export interface Server {
  /** Not listening yet: `httpServer.listen(port)` is the caller's to do. */
  httpServer: http.Server;
  /** Stops taking requests, lets those in flight finish, stops Apollo and closes the response cache. The database stays open. */
  stop(): Promise<void>;
}

/** Builds the API (GraphQL at /graphql, health at /health) without listening. */
export async function createServer(options: ServerOptions): Promise<Server> {
  const nodeEnv = options.nodeEnv ?? "production";
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = express();
  const httpServer = http.createServer(httpServerTimeouts(options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, requestTimeoutMs), app);
  const responseCache =
    options.responseCache &&
    (await openResponseCache(options.responseCache, {
      readVersion: () => readDataVersion(options.db),
      // Express's own, as its res.send would tag the body: stored with each entry, so that a hit is not hashed again.
      etagOf: app.get("etag fn") as EtagFunction | undefined,
    }));
  const writeLimiter = options.writeLimit && (await openWriteLimiter(options.writeLimit));
  const schema = await buildApiSchema();
  const formatError = createFormatError({ hideSuggestions: nodeEnv === "production" });
  const apollo = new ApolloServer<Context>({
    schema,
    nodeEnv,
    formatError,
    includeStacktraceInErrorResponses: options.exposeStackTraces ?? false,
    // The schema is public (packages/schema publishes it); tools read it by introspection.
    introspection: true,
    // Automatic persisted queries: nothing of Parley's sends them (the web app sends its documents whole),
    // and the response cache keys on the query text. Off, a request for one is answered
    // PERSISTED_QUERY_NOT_SUPPORTED, which tells Apollo Client's persisted-query link to send the query.
    persistedQueries: false,
    // Refuses GET and "simple" POST requests (text/plain, forms) that a browser would send
    // cross-site without a CORS preflight, unless they carry apollo-require-preflight.
    csrfPrevention: true,
    // Limits checked before execution: depth, aliases, directives (validation), tokens (parse), cost.
    validationRules: [KnownOperationTypesRule, ...armorValidationRules()],
    parseOptions,
    // A cached answer is written out as stored, never parsed (see http/stored-answer.ts).
    ...(responseCache && { stringifyResult }),
    // index.ts owns shutdown (server, then database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN; the API serves its own IDE (http/ide.ts).
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used: the plugin's per-field hook cost 12% of a day's CPU in the profile.
      ApolloServerPluginCacheControlDisabled(),
      tokenLimitPlugin(),
      costLimitPlugin(schema),
      textInputPlugin(),
      graphqlStatusPlugin(),
      // Before any other plugin that answers from responseForOperation: a hit never reaches execution.
      ...(responseCache ? [responseCache.plugin] : []),
      // Last: a cached answer comes first, and every check above runs before a read is compiled.
      ...(options.compiledReads === false ? [] : [compiledReadsPlugin(formatError)]),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                // Typed as always there, but an error a plugin made by hand may come without extensions.
                const code: unknown = error.extensions?.code;
                if (code !== undefined && code !== "INTERNAL_SERVER_ERROR") continue;
                const failure = databaseFailure(error);
                logger.error(
                  failure ? `Database ${failure === "timeout" ? "cancelled a statement" : "unavailable"}` : "GraphQL request failed",
                  {
                    requestId: contextValue.requestId,
                    error: error.originalError?.stack ?? error.message,
                  },
                );
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
  app.use(requestDeadline(requestTimeoutMs));

  app.get("/health", async (_request, response) => {
    const health = await checkHealth(options.db);
    if (response.headersSent) return;
    if (!health.ok) response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    response.status(health.ok ? 200 : 503).json(health.ok ? { status: "ok" } : { status: "unavailable", reason: health.reason });
  });

  app.use(frontPage(printApiSchema(schema)));
  app.use(IDE_ASSETS_PATH, ...ideAssets);
  app.get("/graphql", idePage);

  app.use(
    "/graphql",
    cors<cors.CorsRequest>({ origin: options.webOrigins, exposedHeaders: ["x-request-id", CACHE_HEADER] }),
    jsonBody(options.db.prisma),
    ...(options.maxConcurrentRequests ? [admission(options.maxConcurrentRequests)] : []),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext(options.db.prisma, String(res.locals.requestId), deadlineOf(res), {
          caller: requestCaller(res),
          writeLimiter,
          sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
        }),
    }),
  );

  app.use((_request, response) => {
    response.status(404).json({ error: "Not found" });
  });

  // Errors before GraphQL runs (a body that is not JSON, or too large) answer
  // in GraphQL's error shape, never with Express's HTML page and stack trace.
  app.use(
    (
      error: { status?: number; expose?: boolean; message?: string },
      _request: express.Request,
      response: express.Response,
      _next: express.NextFunction,
    ) => {
      if (response.headersSent) {
        // After the deadline answered, the abandoned request's own answer has no one to go to.
        if (!deadlineOf(response).aborted)
          logger.error("Request failed after answering", { requestId: response.locals.requestId, error: String(error.message) });
        return;
      }
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) logger.error("Request failed", { requestId: response.locals.requestId, error: String(error.message) });
      response.status(status).json({
        errors: [
          {
            message: status === 500 ? "Internal server error" : (error.message ?? "Bad request"),
            extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
          },
        ],
      });
    },
  );

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await responseCache?.close();
      await writeLimiter?.close();
    },
  };
}
