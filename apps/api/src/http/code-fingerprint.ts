import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * A short hash of the API's own code (the folder this module was loaded from:
 * `dist/` in production, `src/` under jest). Cached responses are keyed on it
 * as well as on the data, so that a shared store never hands one build's
 * answers to another (during a rolling deploy, or after a fix to a resolver).
 */
export function codeFingerprint(root = path.resolve(__dirname, "..")): string {
  const hash = createHash("sha256");
  for (const file of listFiles(root)) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("base64url").slice(0, 12);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return entry.isFile() ? [full] : [];
    });
}
