// Serves the web app on WEB_PORT (default 3000): `node scripts/start.js` serves the production
// build, `node scripts/start.js dev` runs Next's development server. It is a small custom server
// so that pages can answer 404 and 503 with their message in the HTML (response-status.js), and
// so that every state-changing request from another site is refused before Next sees it
// (same-origin.js).
// Stop signals close the server; the process then exits 0.
const http = require("node:http");
const path = require("node:path");
const { withResponseStatus } = require("./response-status");
const { refuseCrossSite } = require("./same-origin");

const port = process.env.WEB_PORT ?? "3000";
if (!/^\d+$/.test(port) || Number(port) > 65535) {
  console.error(`WEB_PORT must be a port number, not "${port}".`);
  process.exit(1);
}

const dev = process.argv[2] === "dev";
process.env.NODE_ENV ??= dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const next = require("next");

async function main() {
  const app = next({ dev, dir: path.resolve(__dirname, ".."), port: Number(port) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => refuseCrossSite(req, res, () => withResponseStatus(req, res, handle)));
  server.listen(Number(port), () => console.log(`Web app listening on http://localhost:${port}`));

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => app.close().finally(() => process.exit(0)));
      // Keep-alive connections would hold the server open; close them with it.
      server.closeAllConnections();
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
