import { readFileSync } from "node:fs";

/**
 * The Node.js flags `npm start` runs the API with (the `start` script of
 * apps/api/package.json): the bench runs the API with the same ones, so that
 * it measures what ships.
 */
export function apiStartFlags(apiPackageJson: string): string[] {
  const { scripts } = JSON.parse(readFileSync(apiPackageJson, "utf8")) as { scripts: { start: string } };
  const [command, ...words] = scripts.start.trim().split(/\s+/);
  if (command !== "node") throw new Error(`The API's start script runs ${command}, not node: the bench cannot copy its flags`);
  return words.filter((word) => word.startsWith("--"));
}
