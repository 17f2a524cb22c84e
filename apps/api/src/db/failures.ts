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
 *   `originalCode` (57014 for query_canceled, from statement_timeout) and,
 *   for the errors the adapter has no kind of its own for (`kind: "postgres"`),
 *   their `severity`. A server that refuses a connection answers it with such
 *   an error too (55000 for a database closed to connections, 57P03 while
 *   starting up), FATAL;
 * - node-postgres's own DatabaseError (`code` and `severity`, no `kind`), where
 *   it arrives unwrapped;
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
 * 08), too many connections, a session ended by an administrator, a crash or
 * a shutdown, and a server starting up.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "53300" || code === "57P01" || code === "57P02" || code === "57P03";
}

/**
 * object_not_in_prerequisite_state: as a FATAL error on connecting, "database
 * … is not currently accepting connections" (ALTER DATABASE … ALLOW_CONNECTIONS
 * false, during a restore or a failover). The same code at ERROR severity is a
 * statement's own mistake (currval before nextval), and stays a bug.
 */
const NOT_IN_PREREQUISITE_STATE = "55000";

interface PostgresError {
  sqlState: string;
  severity?: string;
}

/**
 * PostgreSQL's own error in `error`, if it is one: the adapter's cause (SQLSTATE
 * in `originalCode`, with its `kind`), or node-postgres's DatabaseError, which
 * carries `code` and `severity` (only a server's errors have a severity: Node's
 * socket errors and Prisma's P-codes have none).
 */
function postgresErrorOf(error: Record<string, unknown>): PostgresError | undefined {
  const severity = typeof error.severity === "string" ? error.severity : undefined;
  if (typeof error.originalCode === "string") return { sqlState: error.originalCode, severity };
  if (typeof error.code === "string" && severity !== undefined) return { sqlState: error.code, severity };
  return undefined;
}

function classifyPostgresError({ sqlState, severity }: PostgresError): DatabaseFailure | undefined {
  if (sqlState === QUERY_CANCELED) return "timeout";
  if (isUnavailableSqlState(sqlState)) return "unavailable";
  if (sqlState === NOT_IN_PREREQUISITE_STATE && severity === "FATAL") return "unavailable";
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** Classifies one error object, without following its causes. */
function classifyOne(error: Record<string, unknown>): DatabaseFailure | undefined {
  if (typeof error.kind === "string" && unavailableKinds.has(error.kind)) return "unavailable";
  const postgresError = postgresErrorOf(error);
  if (postgresError) return classifyPostgresError(postgresError);

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
