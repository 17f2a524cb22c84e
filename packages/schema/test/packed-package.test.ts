import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The package as an integrator gets it: `npm pack`, installed into a project of its own outside
// the repository, and compiled against with the repository's TypeScript. Offline: the package's
// dependencies are linked from the repository's node_modules, which `npm ci` filled.
jest.setTimeout(120_000);
const run = promisify(execFile);

const packageDir = path.resolve(__dirname, "..");
const repositoryModules = path.resolve(packageDir, "..", "..", "node_modules");
const tsc = path.join(repositoryModules, "typescript", "bin", "tsc");
const operationFiles = async () => (await readdir(path.join(packageDir, "operations"))).filter((name) => name.endsWith(".graphql")).sort();

let project: string;
let packedFiles: string[];
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "parley-schema-integrator-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", project], { cwd: packageDir });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed!.files.map((file) => file.path);
  const { dependencies } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const linked = Object.fromEntries(Object.keys(dependencies).map((name) => [name, `file:${path.join(repositoryModules, name)}`]));
  const manifest = { name: "integrator", private: true, dependencies: { ...linked, "@parley/schema": `file:./${packed!.filename}` } };
  await writeFile(path.join(project, "package.json"), JSON.stringify(manifest));
  await run("npm", ["install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: project });
  await writeFile(
    path.join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "node16", moduleResolution: "node16", types: [] } }),
  );
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

/** Compiles `source` as the integrator's only file with the repository's tsc: its diagnostics, empty when it compiles. */
async function compile(source: string): Promise<string> {
  await writeFile(path.join(project, "index.ts"), source);
  return run(process.execPath, [tsc, "-p", project], { cwd: project }).then(
    () => "",
    (error: { stdout: string }) => error.stdout,
  );
}

const usesTheEvent = (title: string) => `
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { EventDocument, type EventQuery, type EventQueryVariables } from "@parley/schema";

const document: TypedDocumentNode<EventQuery, EventQueryVariables> = EventDocument;
const variables: EventQueryVariables = { slug: "kerry-lavrov-talks-london" };
export const title = (result: EventQuery): ${title} => result.event?.title ?? "";
export const asked = [document, variables];
`;

describe("the packed @parley/schema", () => {
  it("holds the SDL, the dataset file's JSON Schema, every operation and the compiled types", async () => {
    const expected = [
      "schema.graphql",
      "dataset.schema.json",
      "dist/index.js",
      "dist/index.d.ts",
      ...(await operationFiles()).map((name) => `operations/${name}`),
    ];
    expect(packedFiles).toEqual(expect.arrayContaining(expected));
  });

  it("gives an integrator's TypeScript a typed operation and its result type", async () => {
    expect(await compile(usesTheEvent("string"))).toBe("");
  });

  it("types the result for real: a field read as what it is not does not compile", async () => {
    expect(await compile(usesTheEvent("number"))).toMatch(/error TS2322: Type 'string' is not assignable to type 'number'/);
  });

  it("lets an integrator read the operations, the SDL and the JSON Schema by their package paths", async () => {
    // Node's own resolution from the integrator's project, through the package's "exports".
    const { resolve } = createRequire(path.join(project, "index.js"));
    for (const name of await operationFiles()) {
      const installed = await readFile(resolve(`@parley/schema/operations/${name}`), "utf8");
      expect(installed).toBe(await readFile(path.join(packageDir, "operations", name), "utf8"));
    }
    expect(await readFile(resolve("@parley/schema/schema.graphql"), "utf8")).toMatch(/^type Query \{/m);
    expect(JSON.parse(await readFile(resolve("@parley/schema/dataset.schema.json"), "utf8"))).toHaveProperty("$schema");
  });
});
