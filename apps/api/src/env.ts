import { defaultPgliteDataDir } from "@parley/db";
import { z } from "zod";
import { DEFAULT_HEADERS_TIMEOUT_MS } from "./http/timeouts";

const flag = z.enum(["true", "false"]).transform((value) => value === "true");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** A PostgreSQL URL; when unset, Parley runs on the embedded PGlite database. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** PGlite's data folder, used when DATABASE_URL is unset. */
    PGLITE_DATA_DIR: z.string().min(1).default(defaultPgliteDataDir),
    /** Cancels any SQL statement the API sends that runs longer (PostgreSQL's statement_timeout); 0 turns it off. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
    /** The web app's port, as `npm start` serves it: the default WEB_ORIGIN is there. */
    WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Origins allowed to call the API from a browser (comma-separated): the web app's. */
    WEB_ORIGIN: z.string().optional(),
    /** Past this many milliseconds a request is answered 504 (REQUEST_TIMEOUT) and its work abandoned. */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
    /** Past this many milliseconds a client still sending its request's headers is answered 408 and its connection closed. */
    HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(DEFAULT_HEADERS_TIMEOUT_MS),
    /** How many GraphQL requests run at once; the rest wait in line (see http/admission.ts). */
    MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(1000).default(4),
    /** Seed the shipped datasets into an empty database at start; on by default for the embedded database only. */
    SEED_IF_EMPTY: flag.optional(),
    /** Answer the queries that compile with one SQL statement per root field (src/reads); `false` sends every query through the resolvers. */
    COMPILED_READS: flag.default(true),
    /** Cache the responses of successful queries; `false` runs every request (as the benchmarks of the API itself do). */
    RESPONSE_CACHE: flag.default(true),
    /** How long a cached response lives at most; a write makes it unreachable at once anyway. */
    RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** Bound of the in-process store, in MiB of cached JSON; the least recently used entries go first. */
    RESPONSE_CACHE_MAX_MB: z.coerce.number().positive().max(65_536).default(64),
    /** Writes each token may make per window (WRITE_RATE_LIMIT_WINDOW_SECONDS); 0 turns the limit off. */
    WRITE_RATE_LIMIT: z.coerce.number().int().min(0).default(120),
    WRITE_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    /** How long a web session (a person signed in to the web app with a token) lasts; signing out ends it sooner. */
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
    /** A Redis URL: the response cache and the write limit are then shared by every API process pointed at it, instead of in process. */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  })
  .transform(({ WEB_ORIGIN, ...rest }) => ({
    ...rest,
    WEB_ORIGIN: (WEB_ORIGIN ?? `http://localhost:${rest.WEB_PORT}`).split(",").map((origin) => origin.trim()),
  }));

/** The names of the variables the API reads: what it logs at start, and what `npm start` must pass through to it. */
export const apiVariables = Object.keys(schema.in.shape);

export type Env = z.infer<typeof schema>;

/** Reads and validates the API's environment; every default suits the embedded set-up. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (DATABASE_URL= ) means unset, as shells and CI files write it.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
