import { findText, spanProblem, type TextSpan } from "@parley/db";
import { BadUserInputError } from "../../errors";

/** A place in a text as inputs give it: a span, or the exact words and which of their occurrences. */
export interface ExcerptLocator {
  start?: number | null;
  end?: number | null;
  text?: string | null;
  occurrence?: number | null;
  after?: string | null;
}

/**
 * The span a locator names in `text`, found as imports find it (exact words
 * that occur once, or the one `occurrence` or `after` picks); refused with BAD_USER_INPUT
 * naming `field` when the locator is not exactly one of its two forms, the
 * words do not occur, or occur several times with none picked.
 */
export function locateExcerpt(text: string, locator: ExcerptLocator, field: string, where = "the source"): TextSpan {
  const bySpan = locator.start != null || locator.end != null;
  const byText = locator.text != null || locator.occurrence != null || locator.after != null;
  if (bySpan === byText || (bySpan && (locator.start == null || locator.end == null)) || (byText && locator.text == null)) {
    throw new BadUserInputError(
      "Give the excerpt as { start, end } or as { text, occurrence } (or { text, after }), one form only",
      "input",
      field,
    );
  }
  if (bySpan) {
    const span = { start: locator.start!, end: locator.end! };
    const problem = spanProblem(span, text.length);
    if (problem) throw new BadUserInputError(`The excerpt does not fit ${where}: ${problem}`, "input", field);
    return span;
  }
  const words = locator.text!;
  if (words.length === 0) throw new BadUserInputError("The excerpt's text must not be empty", "input", field);
  const start = findText(text, {
    text: words,
    ...(locator.occurrence != null && { occurrence: locator.occurrence }),
    ...(locator.after != null && { after: locator.after }),
  });
  if (typeof start === "string") {
    const missing = start.endsWith("does not occur");
    throw new BadUserInputError(`The excerpt's ${start}${missing ? ` in ${where}` : ""}`, "input", field);
  }
  return { start, end: start + words.length };
}
