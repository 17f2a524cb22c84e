import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import semver from "semver";
import { repositoryRoot } from "../support/repository-root";

// What a new user sees when they install, and what `engines` promises: npm's own checks of the
// lockfile as `npm install` runs them (a dry run, offline: it reads the lockfile and npm's cache and
// changes nothing), and every package the lockfile installs against the oldest release of each
// Node.js line `engines` names.
jest.setTimeout(120_000);
const run = promisify(execFile);
const read = (file: string) => readFileSync(path.join(repositoryRoot, file), "utf8");

interface LockedPackage {
  version?: string;
  engines?: { node?: string };
  os?: string[];
  cpu?: string[];
  link?: boolean;
}
const lockedPackages = (JSON.parse(read("package-lock.json")) as { packages: Record<string, LockedPackage> }).packages;
const supported = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines.node;
const oldestOfEachLine = supported.split("||").map((line) => semver.minVersion(line)!.version);

/**
 * Packages that declare a newer Node.js than Parley supports, each with why that does not matter
 * (the README's "Node.js versions" says the same). Prisma's CLI pins @prisma/dev, the server of
 * `prisma dev`, which needs @prisma/streams-local and Node 22's node:sqlite; its CLI imports
 * @prisma/dev only for `prisma dev`, which Parley never runs (it runs `prisma generate`).
 */
const harmless: Record<string, string> = { "@prisma/streams-local": "only `prisma dev` loads it" };

/** The packages of npm's EBADENGINE warnings ("@prisma/streams-local"), and every other warning line. */
function sortWarnings(output: string): { badEngine: string[]; other: string[] } {
  const lines = output.split("\n").filter((line) => line.startsWith("npm warn"));
  const badEngine = lines.flatMap((line) => /EBADENGINE {3}package: '(@?[^@']+)@/.exec(line)?.[1] ?? []);
  return { badEngine, other: lines.filter((line) => !line.startsWith("npm warn EBADENGINE")) };
}

/** Whether npm installs the package on this machine: platform packages for other systems are skipped. */
const installedHere = (locked: LockedPackage) =>
  !locked.link && (!locked.os || locked.os.includes(process.platform)) && (!locked.cpu || locked.cpu.includes(process.arch));

describe("installing Parley", () => {
  it("warns about nothing but the engine of a package it never runs, and runs no install script", async () => {
    const { stdout, stderr } = await run("npm", ["install", "--dry-run", "--offline", "--no-audit", "--no-fund"], { cwd: repositoryRoot });
    const warnings = sortWarnings(`${stdout}\n${stderr}`);
    expect(warnings.other).toEqual([]);
    expect(warnings.badEngine.filter((name) => !(name in harmless))).toEqual([]);
  });

  it.each(oldestOfEachLine)("installs only packages that declare Node.js %s supported", (version) => {
    const unsupported = Object.entries(lockedPackages)
      .filter(([, locked]) => installedHere(locked) && locked.engines?.node && !semver.satisfies(version, locked.engines.node))
      .map(([where, locked]) => `${where.replace(/^.*node_modules\//, "")}@${locked.version} wants ${locked.engines!.node}`)
      .filter((line) => !Object.keys(harmless).some((name) => line.startsWith(`${name}@`)));
    expect(unsupported).toEqual([]);
  });

  it("names in .nvmrc a Node.js line that `engines` supports", () => {
    expect(semver.intersects(read(".nvmrc").trim(), supported)).toBe(true);
  });
});
