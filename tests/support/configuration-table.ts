import { readFileSync } from "node:fs";
import path from "node:path";
import { repositoryRoot } from "./repository-root";

/** One row of the README's configuration table: a variable and what reads it ("API", "web", "`db:*` commands", "tests"). */
export interface DocumentedVariable {
  name: string;
  usedBy: string[];
}

/** The variables of the README's "Configuration" table, in its order. */
export function documentedVariables(): DocumentedVariable[] {
  const readme = readFileSync(path.join(repositoryRoot, "README.md"), "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('README.md has no "## Configuration" section');
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map(([, name, usedBy]) => ({
    name: name!,
    usedBy: usedBy!.split(",").map((user) => user.trim()),
  }));
}

/** What turbo passes through to every task it runs (its strict mode drops any other variable). */
export function turboPassThrough(): string[] {
  const turbo = JSON.parse(readFileSync(path.join(repositoryRoot, "turbo.json"), "utf8")) as { globalPassThroughEnv?: string[] };
  return turbo.globalPassThroughEnv ?? [];
}
