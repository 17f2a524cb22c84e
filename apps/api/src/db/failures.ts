/**
 * Which database failures are not bugs: the database could not be reached
 * (or dropped the connection), or it cancelled a statement that ran too long.
 * Both are answered with their own codes and a 5xx status, never as an
 * internal error. Anything else (a missing table, a bad query) stays a bug.
 *
 * How Prisma 7 surfaces them (seen with @prisma/adapter-pg):
 * - a model query: PrismaClientKnownRequestError P1001 (DatabaseNotReachable),
 *   P1008 (SocketTimeout), P1017 (ConnectionClosed) or P2039 ("Database error"),
 *   a raw query: P2010; either way `meta.driverAdapterError.cause` holds the
 *   adapter's `kind` and, for PostgreSQL's own errors, its SQLSTATE in
 *   `originalCode` (57014 for query_canceled, from statement_timeout);
 * - a connection that drops while a query runs: node-postgres's plain Error
 *   "Connection terminated unexpectedly", passed through unchanged.
 */
export type DatabaseFailure = "unavailable" | "timeout";

/** The adapter's kinds of error that mean "cannot talk to the database right now". */
const unavailableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Node's socket errors, should one arrive unwrapped. */
const unavailableSocketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);

/** node-postgres's own errors about a connection that failed or went away. */
const unavailableMessages = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
];

/** PostgreSQL's SQLSTATE: query_canceled (statement_timeout, or a cancel request). */
const QUERY_CANCELED = "57014";

/**
 * SQLSTATEs that mean the server is not serving: connection exceptions (class
 * 08), too many connections, and a server shutting down or starting up.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "53300" || code === "57P01" || code === "57P02" || code === "57P03";
}

function sqlStateOf(cause: Record<string, unknown>): string | undefined {
  const code = cause.originalCode ?? cause.code;
  return typeof code === "string" ? code : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** Classifies one error object, without following its causes. */
function classifyOne(error: Record<string, unknown>): DatabaseFailure | undefined {
  // A DriverAdapterError's cause, or any error carrying the adapter's kind and SQLSTATE.
  const kind = error.kind;
  const sqlState = typeof kind === "string" ? sqlStateOf(error) : undefined;
  if (typeof kind === "string" && unavailableKinds.has(kind)) return "unavailable";
  if (sqlState === QUERY_CANCELED) return "timeout";
  if (sqlState !== undefined && isUnavailableSqlState(sqlState)) return "unavailable";

  // Prisma's codes for a database it cannot reach, whatever the adapter.
  if (error.name === "PrismaClientInitializationError") return "unavailable";
  if (typeof error.code === "string" && ["P1001", "P1002", "P1008", "P1017"].includes(error.code)) return "unavailable";
  if (typeof error.code === "string" && unavailableSocketCodes.has(error.code)) return "unavailable";

  const message = typeof error.message === "string" ? error.message : "";
  if (error instanceof Error && unavailableMessages.some((pattern) => pattern.test(message))) return "unavailable";
  return undefined;
}

/**
 * "unavailable" or "timeout" when `error` (or what it wraps: a GraphQL
 * error's originalError, Prisma's driverAdapterError and its cause) is one
 * of those database failures; undefined for anything else.
 */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = asRecord(queue.shift());
    if (!current || seen.has(current)) continue;
    seen.add(current);
    const failure = classifyOne(current);
    if (failure) return failure;
    const meta = asRecord(current.meta);
    queue.push(current.originalError, meta?.driverAdapterError, current.cause);
  }
  return undefined;
}
