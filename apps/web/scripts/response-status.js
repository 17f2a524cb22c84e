// Lets a page choose its HTTP status. Next's App Router has no API for a status other than
// notFound()'s 404, and a notFound() thrown by a page answers with an empty HTML shell that only
// scripts fill in (vercel/next.js#62228). Pages instead render their "not found" or "API
// unreachable" message themselves and record the status here; the server applies it when the
// headers go out. Pages find the store through globalThis, since Next bundles their code apart.
const { AsyncLocalStorage } = require("node:async_hooks");

const storage = new AsyncLocalStorage();
globalThis[Symbol.for("parley.web.responseStatus")] = storage;

/** Runs `handle(req, res)` with a status store that a page may fill in while it renders. */
function withResponseStatus(req, res, handle) {
  const store = { status: null };
  const writeHead = res.writeHead;
  // Only a 200 is replaced: Next's own redirects, 404s and 500s stand as they are.
  res.writeHead = function (statusCode, ...rest) {
    return writeHead.call(this, statusCode === 200 && store.status ? store.status : statusCode, ...rest);
  };
  return storage.run(store, () => handle(req, res));
}

module.exports = { withResponseStatus };
