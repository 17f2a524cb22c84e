import type http from "node:http";

/** HEADERS_TIMEOUT_MS's default: how long a client may take to send its request's headers. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/** An idle keep-alive connection is closed after this (Node's own default, said once here). */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** How much longer than the request deadline a client may take to send its whole request. */
const RECEIVING_MARGIN_MS = 1_000;

/**
 * The HTTP server's own timeouts, against clients that send their requests a
 * byte at a time and hold sockets meanwhile. A request's headers must arrive
 * within `headersTimeoutMs`, and the whole request (a body that trickles in)
 * a little after the request deadline (which answers 504 once the request has
 * waited its time); past either, Node answers 408 and closes the connection.
 * Node looks for such connections every `connectionsCheckingInterval` (30 s
 * by default, which would let a slow client hold its socket that much longer):
 * here at most a second, and four times within the headers timeout.
 */
export function httpServerTimeouts(headersTimeoutMs: number, requestTimeoutMs: number): http.ServerOptions {
  return {
    headersTimeout: headersTimeoutMs,
    // Node refuses a request timeout shorter than the headers timeout.
    requestTimeout: Math.max(headersTimeoutMs, requestTimeoutMs + RECEIVING_MARGIN_MS),
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeoutMs / 4)),
  };
}
