// The GraphQL IDE the API serves at GET /graphql to a browser: GraphiQL, bundled from npm
// at build time (scripts/build-ide.mjs) so that nothing loads from anywhere but the API.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import "./page.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

// Monaco, GraphiQL's editor, runs its language services in workers, bundled beside this file.
const worker = (name: string) => new Worker(new URL(`./${name}.worker.js`, import.meta.url), { type: "module" });
(globalThis as { MonacoEnvironment?: object }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => worker(label === "json" || label === "graphql" ? label : "editor"),
};

const defaultQuery = `# Parley's GraphQL API. The Docs button lists every type and field; the schema is at /schema.graphql.
{
  timeline(from: "2014-03-14T00:00:00Z", to: "2014-03-15T00:00:00Z", first: 5) {
    totalCount
    edges { node { title kind startsAt participants { role actor { name } } } }
  }
}
`;

const root = document.getElementById("graphiql");
if (root) {
  createRoot(root).render(createElement(GraphiQL, { fetcher: createGraphiQLFetcher({ url: "/graphql" }), defaultQuery }));
}
