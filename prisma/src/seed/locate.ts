import type { TextLocator } from "./dataset";

/** A half-open span [start, end) in JavaScript string indices. */
export interface Span {
  start: number;
  end: number;
}

export class LocatorError extends Error {
  override name = "LocatorError";
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Finds a locator's text in a source's text. Ambiguity is an error, not a
 * guess: without `after`, the text must occur once; `after` must occur once.
 */
export function locate(sourceText: string, locator: TextLocator): Span {
  let from = 0;
  if (locator.after !== undefined) {
    const anchors = occurrences(sourceText, locator.after);
    if (anchors.length !== 1) {
      throw new LocatorError(`"${locator.after}" occurs ${anchors.length} times in the source; it must occur once`);
    }
    from = anchors[0]! + locator.after.length;
  }
  const hits = occurrences(sourceText.slice(from), locator.text).map((at) => at + from);
  if (hits.length === 0) throw new LocatorError(`"${locator.text}" does not occur in the source`);
  if (locator.after === undefined && hits.length > 1) {
    throw new LocatorError(`"${locator.text}" occurs ${hits.length} times in the source; give "after" to pick one`);
  }
  const start = hits[0]!;
  return { start, end: start + locator.text.length };
}
