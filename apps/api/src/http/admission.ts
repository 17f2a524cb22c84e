import type { RequestHandler } from "express";
import pLimit from "p-limit";

/**
 * Lets at most `concurrency` requests run at once; the others wait their
 * turn, first come first served. Every request in flight holds its rows and
 * its result tree in memory: with fifty at once they outlive the young
 * generation, so garbage collection becomes the largest cost and memory grows
 * with the load. A few at a time finish sooner one after another than all
 * together. A waiting request keeps its deadline: if it passes, or the client
 * leaves, before its turn, it is answered (504) or dropped without running.
 */
export function admission(concurrency: number): RequestHandler {
  const limit = pLimit(concurrency);
  return (_request, response, next) => {
    void limit(
      () =>
        new Promise<void>((release) => {
          if (response.writableEnded || response.destroyed) return release();
          response.once("close", release);
          next();
        }),
    );
  };
}
