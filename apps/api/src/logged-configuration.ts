import { apiVariables, type Env } from "./env";

type Shown = string | number | boolean | null;

/** A URL with its password replaced by `***`, so that no log holds a secret; any other text as it is. */
function withoutPassword(value: string): string {
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = "***";
    return url.href;
  } catch {
    return value;
  }
}

function shown(value: Env[keyof Env]): Shown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(withoutPassword).join(",");
  return typeof value === "string" ? withoutPassword(value) : value;
}

/**
 * The configuration the API runs with, as it logs it at start: every variable it reads, by name,
 * with its value after defaults (null when unset) and no password. It shows at a glance which
 * variables reached the process: a variable `npm start` does not pass through keeps its default.
 */
export function loggedConfiguration(env: Env): Record<string, Shown> {
  const values: Record<string, Env[keyof Env]> = env;
  return Object.fromEntries(apiVariables.map((name) => [name, shown(values[name])]));
}
