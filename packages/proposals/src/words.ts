import type { TextSpan } from "./types";

export interface Word extends TextSpan {
  /** Lower case, without surrounding punctuation. */
  word: string;
}

/** The words of a span, with their places; a quotation's words can be masked out first. */
export function wordsIn(text: string, span: TextSpan): Word[] {
  return [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}@][\p{L}\p{N}.’'@_-]*/gu)].map((match) => {
    const start = span.start + match.index;
    const word = match[0].replace(/[.’']+$/, "");
    return { start, end: start + word.length, word: word.toLowerCase() };
  });
}

/** The text with every quotation's words replaced by underscores: what the reporter, not the speaker, wrote. */
export function maskSpans(text: string, spans: TextSpan[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    pieces.push(text.slice(at, span.start), text.slice(span.start, span.end).replace(/\S/g, "_"));
    at = span.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** Shrinks a span past white space and the given characters at its end. */
export function trimEnd(text: string, span: TextSpan, characters = /[\s.,;:]/): TextSpan {
  let end = span.end;
  while (end > span.start && characters.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}
