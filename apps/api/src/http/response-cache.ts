import { createHash } from "node:crypto";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { type DocumentNode, Kind, type SelectionSetNode } from "graphql";
import Negotiator from "negotiator";
import { logger } from "../logger";
import { type CachedResponse, type CacheStore, memoryStore, nearCopies, redisStore } from "./cache-store";
import { codeFingerprint } from "./code-fingerprint";
import { freshRead } from "./fresh-read";
import { throttled } from "./throttled";

// A response cache for public reads that is never stale after a write.
//
// Every entry is keyed on the database's data version (see db/data-version.ts:
// a row that a trigger bumps in every transaction that writes, whoever writes),
// read afresh for each request, and on a hash of the operation's document,
// name, variables and extensions. A write therefore needs no invalidation:
// once it commits, the next request reads a new version and misses. Nothing
// about the caller enters the key; all reads are public.
//
// The middleware sits in front of Apollo and answers hits with the stored
// JSON, without parsing, validating or executing anything. On a miss Apollo
// runs the request as usual; the plugin marks the response cacheable only
// when it is a successful query: no errors, no mutation, no introspection,
// nothing a resolver marked PRIVATE, no credentials in the request. The
// middleware stores what is then sent.
//
// `x-cache` says which: `hit` (from the cache), `miss` (run, and now cached)
// or `bypass` (run, and never cached). A request with an Authorization header
// always bypasses the cache (middleware and plugin alike): what it is answered
// may depend on who asks.

export interface ResponseCacheConfig {
  /** How long an entry lives at most. */
  ttlSeconds: number;
  /** Bound of the in-process store, or of the copies of Redis entries each process keeps (bytes of JSON). */
  maxBytes: number;
  /** Share entries through this Redis server instead of keeping them in process. */
  redisUrl?: string;
}

export interface ResponseCache {
  readonly store: CacheStore;
  /** Express middleware for the GraphQL route, after the JSON body parser and before Apollo. */
  readonly middleware: RequestHandler;
  close(): Promise<void>;
}

/** Opens the store the configuration names and builds the middleware over it; `readVersion` reads the data version. */
export async function openResponseCache(
  config: ResponseCacheConfig,
  readVersion: () => Promise<string | undefined>,
): Promise<ResponseCache> {
  const store = config.redisUrl
    ? nearCopies(memoryStore(config.maxBytes), await redisStore(config.redisUrl), config.ttlSeconds)
    : memoryStore(config.maxBytes);
  const middleware = responseCacheMiddleware({
    store,
    ttlSeconds: config.ttlSeconds,
    readVersion,
    namespace: `parley:response:${codeFingerprint()}`,
  });
  return { store, middleware, close: () => store.close() };
}

/** The header that tells a response's way through the cache, also how the plugin tells the middleware. */
export const CACHE_HEADER = "x-cache";

/** Marks each response `miss` (cacheable) or `bypass`; install it on the Apollo server behind the middleware. */
export function responseCachePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, operation, document, response, overallCachePolicy }) {
          const cacheable =
            !request.http?.headers.has("authorization") &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200 &&
            operation?.operation === "query" &&
            !selectsIntrospection(operation.selectionSet, document) &&
            overallCachePolicy.scope !== "PRIVATE";
          response.http.headers.set(CACHE_HEADER, cacheable ? "miss" : "bypass");
        },
      };
    },
  };
}

/** Whether an operation asks for `__schema` or `__type` at its root, directly or through fragments. */
function selectsIntrospection(selectionSet: SelectionSetNode, document: DocumentNode | undefined, seen = new Set<string>()): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === "__schema" || selection.name.value === "__type";
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIntrospection(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = document?.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    // A fragment that is not there fails validation: such a response has errors and is not cached anyway.
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? selectsIntrospection(fragment.selectionSet, document, seen) : true;
  });
}

export interface ResponseCacheMiddlewareOptions {
  store: CacheStore;
  ttlSeconds: number;
  /** The data version; undefined when it cannot be known (the request then goes to Apollo, uncached). */
  readVersion: () => Promise<string | undefined>;
  /** Prefix of every key: what else the entries depend on (the code's fingerprint). */
  namespace: string;
  /** How long a store's get or set may take before it counts as a miss. */
  storeTimeoutMs?: number;
}

export function responseCacheMiddleware(options: ResponseCacheMiddlewareOptions): RequestHandler {
  const dataVersion = freshRead(options.readVersion);
  const timeoutMs = options.storeTimeoutMs ?? 1_000;
  const reportVersionError = throttled((error) =>
    logger.error("Response cache: could not read the data version", { error: String(error) }),
  );
  const reportStoreError = throttled((error) => logger.error("Response cache: the store failed", { error: String(error) }));
  /** The requests being run (missed, not answered yet), by key: for identical ones arriving meanwhile. */
  const running = new Map<string, Promise<CachedResponse | undefined>>();
  const attempt = <T>(operation: () => Promise<T>) =>
    withTimeout(operation(), timeoutMs).catch((error: unknown) => (reportStoreError(error), undefined));

  return async (request, response, next) => {
    // A request that carries credentials may be answered for that caller alone (a write, a token's own
    // view): it is never answered from the cache nor stored in it, and never waits on another's answer.
    if (request.headers.authorization !== undefined) {
      response.setHeader(CACHE_HEADER, "bypass");
      return next();
    }
    const parts = graphQLRequest(request);
    const contentType = parts && chooseContentType(request.headers.accept);
    if (!parts || !contentType) return next();

    const version = await dataVersion().catch((error: unknown) => (reportVersionError(error), undefined));
    if (version === undefined) return next();
    const key = `${options.namespace}:${version}:${digest(parts)}`;

    // A request that misses while the same one runs here already waits for its answer rather than
    // run it again (a burst of identical requests on a cold key costs one execution). It read the same
    // version after it arrived, so that answer holds every write committed before it came.
    const leader = running.get(key);
    const hit = (await attempt(() => options.store.get(key))) ?? (await leader);
    if (hit !== undefined) {
      response.setHeader(CACHE_HEADER, "hit");
      // As Apollo answers: browsers and proxies keep nothing, since only this cache knows when the data changed.
      response.setHeader("cache-control", "no-store");
      response.setHeader("content-type", contentType);
      if (hit.etag) response.setHeader("etag", hit.etag);
      response.send(hit.body);
      return;
    }

    // One that waited for an answer it could not have (an error, say) runs at once, beside the others.
    let settle: (entry: CachedResponse | undefined) => void = () => undefined;
    if (!leader && !running.has(key)) {
      let resolve: (entry: CachedResponse | undefined) => void = () => undefined;
      const answer = new Promise<CachedResponse | undefined>((done) => (resolve = done));
      running.set(key, answer);
      settle = (entry) => {
        if (running.get(key) === answer) running.delete(key);
        resolve(entry);
      };
      // Whatever happens to the request (an error, a client gone), those waiting go on.
      response.once("close", () => settle(undefined));
    }

    // Apollo sends the whole body with one res.send; store it first when the plugin marked it cacheable,
    // so that the next request (here or on another replica) finds it.
    const send = response.send.bind(response);
    response.send = ((body: unknown) => {
      response.send = send;
      if (response.statusCode !== 200 || response.getHeader(CACHE_HEADER) !== "miss" || typeof body !== "string") {
        settle(undefined);
        return send(body);
      }
      // Express's own ETag function, as its res.send would apply it.
      const etagOf = request.app.get("etag fn") as ((body: string, encoding: string) => string | undefined) | undefined;
      const etag = etagOf?.(body, "utf8") ?? "";
      if (etag) response.setHeader("etag", etag);
      settle({ etag, body });
      void attempt(() => options.store.set(key, { etag, body }, options.ttlSeconds)).finally(() => send(body));
      return response;
    }) as Response["send"];
    next();
  };
}

interface GraphQLRequestParts {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown> | null;
  extensions: Record<string, unknown> | null;
}

/**
 * The parts of a GraphQL request that its response depends on, when it is one
 * that Apollo would run: POST with a JSON body (parsed by then), or GET with
 * the query in the URL and a header that clears Apollo's CSRF check. Anything
 * else (no `query`, a batch, a malformed field) goes to Apollo as it is.
 */
function graphQLRequest(request: Request): GraphQLRequestParts | undefined {
  if (request.method === "POST") {
    if (!isRecord(request.body)) return undefined;
    const { query, operationName, variables, extensions } = request.body as Record<string, unknown>;
    return parts(query, operationName, variables, extensions);
  }
  if (request.method !== "GET" || !passesCsrfCheck(request)) return undefined;
  const search = new URL(request.originalUrl, "http://localhost").searchParams;
  const param = (name: string) => {
    const values = search.getAll(name);
    return values.length === 1 ? values[0] : values.length === 0 ? null : undefined;
  };
  try {
    const variables = param("variables");
    const extensions = param("extensions");
    return parts(
      param("query"),
      param("operationName"),
      typeof variables === "string" ? JSON.parse(variables) : variables,
      typeof extensions === "string" ? JSON.parse(extensions) : extensions,
    );
  } catch {
    return undefined;
  }
}

function parts(query: unknown, operationName: unknown, variables: unknown, extensions: unknown): GraphQLRequestParts | undefined {
  if (typeof query !== "string") return undefined;
  if (operationName != null && typeof operationName !== "string") return undefined;
  if (variables != null && !isRecord(variables)) return undefined;
  if (extensions != null && !isRecord(extensions)) return undefined;
  return { query, operationName: operationName ?? null, variables: variables ?? null, extensions: extensions ?? null };
}

/** Apollo's CSRF rule for GET: a content type (it must then be JSON), or a header no simple request can carry. */
function passesCsrfCheck(request: Request): boolean {
  const contentType = request.headers["content-type"];
  if (contentType !== undefined) return /^application\/json\s*(;|$)/i.test(contentType);
  return Boolean(request.headers["x-apollo-operation-name"] || request.headers["apollo-require-preflight"]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function digest(parts: GraphQLRequestParts): string {
  return createHash("sha256")
    .update(JSON.stringify([parts.query, parts.operationName, parts.variables, parts.extensions]))
    .digest("base64url");
}

const MEDIA_TYPES = {
  json: "application/json; charset=utf-8",
  graphqlResponse: "application/graphql-response+json; charset=utf-8",
  // Apollo's subscription-callback type: offered so that the choice is Apollo's, never served from here.
  callback: "application/json; callbackSpec=1.0; charset=utf-8",
};

/** The content type Apollo would answer with, as it negotiates it; undefined where a hit cannot be served as Apollo would. */
function chooseContentType(accept: string | undefined): string | undefined {
  if (!accept) return MEDIA_TYPES.json;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    MEDIA_TYPES.json,
    MEDIA_TYPES.graphqlResponse,
    MEDIA_TYPES.callback,
  ]);
  return preferred === MEDIA_TYPES.json || preferred === MEDIA_TYPES.graphqlResponse ? preferred : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
