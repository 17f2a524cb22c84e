import path from "node:path";
import express, { type Request, type RequestHandler } from "express";
import { htmlPage, wantsHtml } from "./html-page";

/** The bundled IDE (scripts/build-ide.mjs), from src/http in tests as from dist/http. */
const IDE_DIR = path.resolve(__dirname, "..", "..", "dist", "ide");

/** Where the API serves the bundle. */
export const IDE_ASSETS_PATH = "/ide";

/**
 * For the IDE's page and its files: scripts, workers, fonts, styles and
 * requests from the API alone, nothing inline but styles (GraphiQL's editor,
 * Monaco, writes its own at run time) and the fonts and icons its style
 * sheets carry as data: URLs; no frames, forms or plugins.
 */
const IDE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const page = htmlPage({
  head: `    <link rel="stylesheet" href="${IDE_ASSETS_PATH}/ide.css" />
    <script type="module" src="${IDE_ASSETS_PATH}/ide.js"></script>
`,
  body: `    <div id="graphiql">
      <noscript>The GraphQL IDE needs JavaScript. The schema is at <a href="/schema.graphql">/schema.graphql</a>.</noscript>
    </div>
`,
});

/** A browser opening the API's address: a GET that asks for HTML and carries no query (one that does is GraphQL's). */
function wantsIde(request: Request): boolean {
  return request.method === "GET" && request.query.query === undefined && wantsHtml(request);
}

/** At GET /graphql: GraphiQL for a browser, with the schema's documentation; every other request goes on to GraphQL. */
export const idePage: RequestHandler = (request, response, next) => {
  if (!wantsIde(request)) return next();
  response.setHeader("content-security-policy", IDE_POLICY);
  response.type("html").send(page);
};

/** The IDE's files, under the same policy (a worker takes the one its script comes with). */
export const ideAssets: RequestHandler[] = [
  (_request, response, next) => {
    response.setHeader("content-security-policy", IDE_POLICY);
    next();
  },
  express.static(IDE_DIR, { index: false, fallthrough: true }),
];
