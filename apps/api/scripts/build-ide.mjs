// Bundles the GraphQL IDE (ide/ide.ts: GraphiQL from npm, with React and Monaco's
// workers) into dist/ide, which the API serves at /ide/: GraphiQL 5 ships ES modules
// only (React 19 has no UMD build to load them with), and nothing may come from a CDN.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const packageFile = (name, file) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

await build({
  absWorkingDir: root,
  entryPoints: {
    ide: "ide/ide.ts",
    // Named as ide.ts asks for them, by Monaco's labels.
    "editor.worker": packageFile("monaco-editor", "esm/vs/editor/editor.worker.js"),
    "json.worker": packageFile("monaco-editor", "esm/vs/language/json/json.worker.js"),
    "graphql.worker": packageFile("monaco-graphql", "esm/graphql.worker.js"),
  },
  outdir: "dist/ide",
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  target: "es2022",
  chunkNames: "chunks/[name]-[hash]",
  assetNames: "assets/[name]-[hash]",
  loader: { ".ttf": "file" },
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  logLevel: "warning",
});
