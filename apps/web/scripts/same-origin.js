// Refuses state-changing requests that another site's page made (cross-site request forgery),
// before Next sees them. Next checks the Origin of server actions against Host itself, but answers
// a forged form post with a 500 and route handlers not at all: this answers every such request
// 403, in one place, whatever handles it. A browser says where a request came from in
// Sec-Fetch-Site and Origin; a request with neither is not a browser's (curl, a script), so it
// carries no cookie its sender did not hold, and goes on.
const { URL } = require("node:url");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host a request was addressed to: behind a proxy, the one the proxy forwarded (as Next reads it). */
function requestHost(req) {
  const forwarded = req.headers["x-forwarded-host"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || req.headers.host;
}

/** Why `req` must be refused, or null when it may go on. */
function crossSiteReason(req) {
  if (SAFE_METHODS.has(req.method)) return null;
  const site = req.headers["sec-fetch-site"];
  // "none": the person's own doing (a reload that sends a form again), which no site can cause.
  if (site !== undefined && site !== "same-origin" && site !== "none") return `it came from another site (Sec-Fetch-Site: ${site})`;
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    return "its Origin is not an address";
  }
  return host === requestHost(req) ? null : "it came from another origin";
}

/** Answers a cross-site state-changing request 403 with a line of plain text; calls `next` for every other. */
function refuseCrossSite(req, res, next) {
  const reason = crossSiteReason(req);
  if (reason === null) return next();
  res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(`Refused: ${reason}. Parley accepts forms only from its own pages.\n`);
}

module.exports = { refuseCrossSite };
