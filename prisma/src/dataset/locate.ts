import type { DatasetLocator, DatasetTextLocator } from "@parley/schema";
import { spanProblem, type TextSpan } from "../provenance";

/** Where `needle` starts in `haystack`, every time, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
const times = (count: number) => (count === 1 ? "once" : `${count} times`);

/**
 * Finds a locator's place in a source's text, or says why it cannot. Ambiguity
 * is refused, not guessed: a text alone must occur once, `occurrence` picks
 * one of several, `after` takes the first one after a text that occurs once.
 */
export function locate(sourceText: string, sourceSlug: string, locator: DatasetLocator): TextSpan | string {
  if (!("text" in locator)) {
    const problem = spanProblem(locator, sourceText.length);
    return problem ? `${problem} of source "${sourceSlug}"` : { start: locator.start, end: locator.end };
  }
  const start = findText(sourceText, locator);
  if (typeof start === "string") return `${start} in source "${sourceSlug}"`;
  return { start, end: start + locator.text.length };
}

/** Where a text locator's text starts in `sourceText`, or why it cannot be told (missing, or ambiguous: how many times it occurs). */
export function findText(sourceText: string, locator: Omit<DatasetTextLocator, "source">): number | string {
  if (locator.after !== undefined) {
    const anchors = occurrences(sourceText, locator.after);
    if (anchors.length !== 1) return `after-text ${quoted(locator.after)} occurs ${times(anchors.length)}; it must occur once`;
    const at = sourceText.indexOf(locator.text, anchors[0]! + locator.after.length);
    return at === -1 ? `text ${quoted(locator.text)} not found after ${quoted(locator.after)}` : at;
  }
  const hits = occurrences(sourceText, locator.text);
  if (hits.length === 0) return `text ${quoted(locator.text)} does not occur`;
  if (locator.occurrence !== undefined) {
    const hit = hits[locator.occurrence - 1];
    return hit ?? `occurrence ${locator.occurrence} of text ${quoted(locator.text)} asked for, but it occurs ${times(hits.length)}`;
  }
  if (hits.length > 1) return `text ${quoted(locator.text)} occurs ${hits.length} times; give "occurrence" or "after" to pick one`;
  return hits[0]!;
}

/**
 * How a dataset file names a span: by its text, with `occurrence` only where
 * that text repeats. `locate` finds the same span from it.
 */
export function locatorOf(sourceText: string, sourceSlug: string, span: TextSpan, hitsOf: (text: string) => number[]): DatasetTextLocator {
  const text = sourceText.slice(span.start, span.end);
  const hits = hitsOf(text);
  return hits.length === 1 ? { source: sourceSlug, text } : { source: sourceSlug, text, occurrence: hits.indexOf(span.start) + 1 };
}
