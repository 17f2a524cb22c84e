import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../package-root";

let key: string | undefined;

/**
 * A digest of every file that shapes a test database's starting state: this
 * package's manifest (which pins PGlite), its migrations, its shipped datasets
 * and its code. Computed once per process.
 */
export function templateKey(): string {
  if (key) return key;
  const hash = createHash("sha256");
  const folders = ["migrations", "data", "src", "dist/src"].map((folder) => path.join(packageRoot, folder));
  for (const file of [path.join(packageRoot, "package.json"), ...folders.flatMap(filesUnder)]) {
    hash.update(file).update(readFileSync(file));
  }
  key = hash.digest("hex").slice(0, 12);
  return key;
}

function filesUnder(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}
