/**
 * Provenance checks shared by every path that writes statements: the seed,
 * imports and the API's mutations. Each returns a sentence saying what is
 * wrong, or null, so callers can attach it to their own error type.
 */

/** A half-open span [start, end) in JavaScript string indices (UTF-16 code units). */
export interface TextSpan {
  start: number;
  end: number;
}

/** How much of each text a mismatch message shows around where they part. */
const shown = 30;

function clip(text: string, from: number): string {
  const piece = text.slice(from, from + shown);
  return JSON.stringify(from + shown < text.length ? `${piece}…` : piece);
}

/** Why a span cannot be a place in a text of this length, or null when it can. */
export function spanProblem(span: TextSpan, textLength: number): string | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return "start and end must be integers";
  if (span.start < 0) return `start ${span.start} is before the source's text begins`;
  if (span.end <= span.start) return `end ${span.end} must be after start ${span.start}`;
  if (span.end > textLength) return `end ${span.end} is past the end of the source's text (${textLength} characters)`;
  return null;
}

/**
 * Why `quote` is not, character for character, the source's text at `span`,
 * or null when it is. The message says where they first differ (as an offset
 * in the source) and what the source has there.
 */
export function quoteMismatch(sourceText: string, span: TextSpan, quote: string): string | null {
  const problem = spanProblem(span, sourceText.length);
  if (problem) return problem;
  const expected = sourceText.slice(span.start, span.end);
  if (expected === quote) return null;
  let at = 0;
  while (at < expected.length && at < quote.length && expected[at] === quote[at]) at++;
  const offset = span.start + at;
  if (at === quote.length) return `the text ends at offset ${offset}, where the source goes on with ${clip(expected, at)}`;
  if (at === expected.length) return `the text goes on past the span's end at offset ${offset} with ${clip(quote, at)}`;
  return `the text differs from the source at offset ${offset}: it has ${clip(quote, at)} where the source has ${clip(expected, at)}`;
}
