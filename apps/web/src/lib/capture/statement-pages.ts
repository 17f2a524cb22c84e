import type { ReviewStatement } from "./review";

/** How many statements a draft's page lists at once: a 200 kB article has well over a thousand. */
export const STATEMENTS_PER_PAGE = 50;

/**
 * The number of the first statement listed: the page holding `wanted` (a statement a refusal or a
 * resumed edit concerns), else the page the address asks for (`?from=51`), else the first.
 */
export function listStart(from: string | string[] | undefined, wanted: number | undefined, total: number): number {
  const asked = wanted ?? Number(from);
  if (!Number.isInteger(asked) || asked < 1 || asked > total) return 1;
  return Math.floor((asked - 1) / STATEMENTS_PER_PAGE) * STATEMENTS_PER_PAGE + 1;
}

// A quote broken by its cue continues the statement just before it: the few before are offered.
const CONTINUABLE = 3;

/** The statements statement `number` may continue, by number (from 1, in the text's order). */
export function continuable(statements: ReviewStatement[], number: number): { key: string; label: string }[] {
  const from = Math.max(0, number - 1 - CONTINUABLE);
  const own = statements[number - 1];
  const before = statements.slice(from, number - 1).map((statement, index) => ({ key: statement.key, label: String(from + index + 1) }));
  const current = own?.continues && !before.some((option) => option.key === own.continues) ? own.continues : null;
  if (current === null) return before;
  const at = statements.findIndex((statement) => statement.key === current);
  return [{ key: current, label: at === -1 ? current : String(at + 1) }, ...before];
}
