import { type Env, webVariables } from "../env";

/** A URL with its password replaced by `***`, so that no log holds a secret (the API's log masks its URLs the same way). */
function withoutPassword(value: string): string {
  const url = new URL(value);
  if (!url.password) return value;
  url.password = "***";
  return url.href;
}

/**
 * The configuration the web app runs with, as it logs it at start: every variable it reads, by
 * name, with its value after defaults and no password. A variable `npm start` does not pass
 * through shows its default.
 */
export function loggedConfiguration(env: Env): Record<string, string | number> {
  const values: Record<string, string | number> = env;
  return Object.fromEntries(
    webVariables.map((name) => [name, typeof values[name] === "string" ? withoutPassword(values[name]) : values[name]!]),
  );
}
