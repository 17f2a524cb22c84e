import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type BaseContext, type GraphQLRequest, HeaderMap } from "@apollo/server";
import { type DocumentNode, Kind, type SelectionSetNode } from "graphql";
import { logger } from "../logger";
import { type CachedResponse, type CacheStore, memoryStore, nearCopies, redisStore } from "./cache-store";
import { codeFingerprint } from "./code-fingerprint";
import { freshRead } from "./fresh-read";
import { InFlight } from "./in-flight";
import { storedAnswer, stringifyResult } from "./stored-answer";
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
// It is an Apollo plugin, so that Apollo alone reads the request, refuses it
// (CSRF, a bad body, a limit) and negotiates the answer's media type, for hits
// as for misses. A hit is answered from `responseForOperation`, once the
// document is parsed and validated (Apollo keeps both by query text) and
// before anything executes: the plugin sits before any other that answers
// from that hook (compiled reads). A miss runs as usual, and `willSendResponse`
// stores it when it is a successful query: no errors, no mutation, no
// introspection, nothing a resolver marked PRIVATE, no credentials in the
// request. Stored answers are written out as stored (see stored-answer.ts).
//
// Not Apollo's @apollo/server-plugin-response-cache: it caches only what cache
// hints allow (the cache-control plugin is off here: its per-field hook cost
// 12% of a day's CPU), it parses each hit's JSON and serializes it again (about
// 1 ms for the day's 42 kB answer on this project's machine, more than the rest
// of a hit), it has no way to share one run among identical requests, and it
// would still need every rule below (credentials, introspection, the header)
// around it.
//
// `x-cache` says which: `hit` (from the cache), `miss` (run, and now cached)
// or `bypass` (run, and never cached). A request with an Authorization header
// always bypasses the cache: what it is answered may depend on who asks.

export interface ResponseCacheConfig {
  /** How long an entry lives at most. */
  ttlSeconds: number;
  /** Bound of the in-process store, or of the copies of Redis entries each process keeps (bytes of JSON). */
  maxBytes: number;
  /** Share entries through this Redis server instead of keeping them in process. */
  redisUrl?: string;
}

/** How an HTTP framework tags a body (Express's `etag fn` setting). */
export type EtagFunction = (body: string, encoding: "utf8") => string | undefined;

export interface ResponseCache {
  /** Install before any other plugin that answers from `responseForOperation`, with stored-answer.ts's `stringifyResult` as Apollo's. */
  readonly plugin: ApolloServerPlugin<BaseContext>;
  close(): Promise<void>;
}

/** The header that tells a response's way through the cache. */
export const CACHE_HEADER = "x-cache";

/** Opens the store the configuration names and builds the plugin over it; `readVersion` reads the data version. */
export async function openResponseCache(
  config: ResponseCacheConfig,
  options: { readVersion: () => Promise<string | undefined>; etagOf?: EtagFunction },
): Promise<ResponseCache> {
  const store = config.redisUrl
    ? nearCopies(memoryStore(config.maxBytes), await redisStore(config.redisUrl), config.ttlSeconds)
    : memoryStore(config.maxBytes);
  const plugin = responseCachePlugin({
    ...options,
    store,
    ttlSeconds: config.ttlSeconds,
    namespace: `parley:response:${codeFingerprint()}`,
  });
  return { plugin, close: () => store.close() };
}

export interface ResponseCachePluginOptions {
  store: CacheStore;
  ttlSeconds: number;
  /** The data version; undefined when it cannot be known (the request then runs, uncached). */
  readVersion: () => Promise<string | undefined>;
  /** Prefix of every key: what else the entries depend on (the code's fingerprint). */
  namespace: string;
  /** The ETag the server gives a body: stored with the entry, so that a hit is not hashed again. None when omitted. */
  etagOf?: EtagFunction;
  /** How long a store's get or set may take before it counts as a miss. */
  storeTimeoutMs?: number;
}

export function responseCachePlugin<TContext extends BaseContext>(options: ResponseCachePluginOptions): ApolloServerPlugin<TContext> {
  const dataVersion = freshRead(options.readVersion);
  const timeoutMs = options.storeTimeoutMs ?? 1_000;
  const reportVersionError = throttled((error) =>
    logger.error("Response cache: could not read the data version", { error: String(error) }),
  );
  const reportStoreError = throttled((error) => logger.error("Response cache: the store failed", { error: String(error) }));
  const attempt = <T>(operation: () => Promise<T>) =>
    withTimeout(operation(), timeoutMs).catch((error: unknown) => (reportStoreError(error), undefined));
  const inFlight = new InFlight<CachedResponse>();
  /** How each run that others wait for ends, by its request: `willSendResponse`, or Apollo's hook for a request that failed unexpectedly. */
  const runs = new WeakMap<object, (entry: CachedResponse | undefined) => void>();

  return {
    async requestDidStart(requestContext) {
      /** The entry's key, once the request may be answered from the cache or stored in it. */
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ request, source, operation, document }) {
          // A request that carries credentials may be answered for that caller alone (a write, a token's own
          // view): it is never answered from the cache nor stored in it, and never waits on another's answer.
          if (request.http?.headers.has("authorization")) return null;
          // Typed as always there, but undefined when operationName picks no operation: execution reports that.
          if (!(operation as typeof operation | undefined)) return null;
          if (operation.operation !== "query" || selectsIntrospection(operation.selectionSet, document)) return null;
          const version = await dataVersion().catch((error: unknown) => (reportVersionError(error), undefined));
          if (version === undefined) return null;
          const requestDigest = digest(source, request);
          // Variables too deep to write down (JSON nested to the body limit) are not cached; Apollo refuses or runs them.
          if (requestDigest === undefined) return null;
          const entryKey = `${options.namespace}:${version}:${requestDigest}`;
          key = entryKey;

          // A request that misses while the same one runs here waits for its answer rather than run it again.
          // It read the same version after it arrived, so that answer holds every write committed before it came.
          const stored = await attempt(() => options.store.get(entryKey));
          const running = stored ? undefined : inFlight.answerOf(entryKey);
          const entry = stored ?? (running && (await running));
          if (entry) {
            hit = true;
            return hitResponse(entry);
          }
          // One that waited for an answer it could not have (an error, say) runs at once, beside the others.
          if (!running) runs.set(requestContext, inFlight.lead(entryKey));
          return null;
        },

        async willSendResponse({ response, overallCachePolicy }) {
          if (hit) return;
          const settle = runs.get(requestContext) ?? (() => undefined);
          const entryKey = key;
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const cacheable =
            entryKey !== undefined &&
            result !== undefined &&
            !result.errors?.length &&
            (response.http.status ?? 200) === 200 &&
            overallCachePolicy.scope !== "PRIVATE";
          response.http.headers.set(CACHE_HEADER, cacheable ? "miss" : "bypass");
          if (!cacheable) return settle(undefined);

          // Written as Apollo is about to write it (its fields in Apollo's order, by the same function),
          // and stored before it is sent, so that the next request (here or on another replica) finds it.
          const body = stringifyResult({ errors: result.errors, data: result.data, extensions: result.extensions });
          const etag = options.etagOf?.(body, "utf8") ?? "";
          if (etag) response.http.headers.set("etag", etag);
          settle({ etag, body });
          await attempt(() => options.store.set(entryKey, { etag, body }, options.ttlSeconds));
        },
      };
    },

    // Whatever ends a request, those waiting for its answer go on.
    async unexpectedErrorProcessingRequest({ requestContext }) {
      runs.get(requestContext)?.(undefined);
    },
  };
}

function hitResponse({ etag, body }: CachedResponse) {
  // Browsers and proxies keep nothing: only this cache knows when the data changed.
  const headers = new HeaderMap([
    [CACHE_HEADER, "hit"],
    ["cache-control", "no-store"],
  ]);
  if (etag) headers.set("etag", etag);
  return { http: { status: undefined, headers }, body: { kind: "single" as const, singleResult: { data: storedAnswer(body) } } };
}

/** Whether an operation asks for `__schema` or `__type` at its root, directly or through fragments. */
function selectsIntrospection(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === "__schema" || selection.name.value === "__type";
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIntrospection(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    // Validation passed, so the fragment is there; were it not, the operation would not be cached.
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? selectsIntrospection(fragment.selectionSet, document, seen) : true;
  });
}

/** The parts of a request its answer depends on, as Apollo read them from a POST body or a GET's URL alike; undefined when they nest too deep for JSON.stringify's stack. */
function digest(source: string, request: GraphQLRequest): string | undefined {
  const parts = [source, request.operationName ?? null, request.variables ?? null, request.extensions ?? null];
  let written: string;
  try {
    written = JSON.stringify(parts);
  } catch {
    return undefined;
  }
  return createHash("sha256").update(written).digest("base64url");
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
