import type { RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors";
import { logger } from "../logger";

/** HTTP status of a request answered at its deadline: the API, gateway to the database, did not answer in time. */
export const DEADLINE_STATUS = 504;

/** Why a request's work was abandoned: its deadline passed, or its client left. */
export class RequestAbandonedError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
  }
}

/** The signal that aborts when the request's work should stop; set by `requestDeadline`. */
export function deadlineOf(response: Response): AbortSignal {
  return response.locals.deadline as AbortSignal;
}

/**
 * Gives each request `timeoutMs` to answer. Past it, the client gets a 504
 * with code REQUEST_TIMEOUT at once, and the request's signal aborts, so that
 * its loaders query nothing more (see services/loaders.ts): no more database
 * queries for an answer nobody will read. A client that hangs up early aborts the signal too.
 */
export function requestDeadline(timeoutMs: number): RequestHandler {
  return (_request, response, next) => {
    const controller = new AbortController();
    response.locals.deadline = controller.signal;
    const timer = setTimeout(() => {
      const message = `The request took longer than ${timeoutMs} ms and was abandoned`;
      controller.abort(new RequestAbandonedError(message, ErrorCode.REQUEST_TIMEOUT));
      if (response.headersSent) return;
      logger.error("Request timed out", { requestId: response.locals.requestId, timeoutMs });
      response.status(DEADLINE_STATUS).json({ errors: [{ message, extensions: { code: ErrorCode.REQUEST_TIMEOUT } }] });
    }, timeoutMs);
    const clientLeft = () => {
      clearTimeout(timer);
      if (!response.writableFinished && !controller.signal.aborted) {
        controller.abort(new RequestAbandonedError("The client closed the connection", "CLIENT_CLOSED_REQUEST"));
      }
    };
    response.on("finish", () => clearTimeout(timer));
    response.on("close", clientLeft);
    // A client may hang up before its request gets here: "close" has been and gone.
    if (response.socket?.destroyed) clientLeft();
    next();
  };
}
