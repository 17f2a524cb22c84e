import type { PrismaClient } from "@parley/db";
import express, { type RequestHandler, type Response } from "express";
import { type Caller, callerOf } from "../auth/caller";

/** The body a request may send: any caller's, and one whose bearer is in force (an article's text travels in a write). */
export const BODY_LIMITS = { anonymous: "100kb", signedIn: "1mb" } as const;

/** The request's caller, as the JSON body middleware set it up: looked up once per request. */
export function requestCaller(response: Response): () => Promise<Caller | null> {
  return response.locals.caller as () => Promise<Caller | null>;
}

/**
 * Parses a JSON body within the caller's limit: a request with a bearer in
 * force (looked up here, once, and handed on to the GraphQL context) may send
 * up to 1 MB, any other 100 kB; past it, HTTP 413. A bearer that cannot be
 * checked (the database is down) gets the small limit; GraphQL then meets the
 * same failure and answers it.
 */
export function jsonBody(db: PrismaClient): RequestHandler {
  const anonymous = express.json({ limit: BODY_LIMITS.anonymous });
  const signedIn = express.json({ limit: BODY_LIMITS.signedIn });
  return (request, response, next) => {
    const caller = callerOf(db, request.headers.authorization);
    response.locals.caller = caller;
    if (request.headers.authorization === undefined) return anonymous(request, response, next);
    caller().then(
      (found) => (found ? signedIn : anonymous)(request, response, next),
      () => anonymous(request, response, next),
    );
  };
}
