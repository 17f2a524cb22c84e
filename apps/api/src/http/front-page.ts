import path from "node:path";
import express, { type RequestHandler, type Router } from "express";
import { htmlPage, wantsHtml } from "./html-page";

/** The project's README, beside the workspace (from src/http in tests as from dist/http). */
const README = path.resolve(__dirname, "..", "..", "..", "..", "README.md");

/** What the API's address offers, for people and programs alike. */
const links = {
  ide: { href: "/graphql", title: "GraphQL IDE (GraphiQL, with the schema's documentation)" },
  graphql: { href: "/graphql", title: "GraphQL endpoint (POST)" },
  schema: { href: "/schema.graphql", title: "The schema (SDL)" },
  readme: { href: "/README.md", title: "README: the model, the limits, writing, history" },
  health: { href: "/health", title: "Health" },
};

const page = htmlPage({
  body: `    <main>
      <h1>Parley GraphQL API</h1>
      <p>Who said what, when, where, to whom, and where it is written down.</p>
      <ul>
${[links.ide, links.schema, links.readme, links.health].map(({ href, title }) => `        <li><a href="${href}">${title}</a></li>`).join("\n")}
      </ul>
    </main>
`,
});

/** A plain page: nothing to run, nothing to load. */
const PAGE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `/` (an HTML page, or JSON for a program), `/schema.graphql` (the schema the API runs) and `/README.md`. */
export function frontPage(sdl: string): Router {
  const router = express.Router();
  const home: RequestHandler = (request, response) => {
    if (wantsHtml(request)) {
      response.setHeader("content-security-policy", PAGE_POLICY);
      response.type("html").send(page);
    } else {
      response.json({ name: "Parley GraphQL API", links });
    }
  };
  router.get("/", home);
  router.get("/schema.graphql", (_request, response) => {
    response.type("application/graphql; charset=utf-8").send(sdl);
  });
  router.get("/README.md", (_request, response, next) => {
    response.type("text/markdown; charset=utf-8").sendFile(README, (error) => error && next());
  });
  return router;
}
