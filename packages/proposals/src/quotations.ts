import type { Paragraph } from "./layout";
import type { TextSpan } from "./types";

/** A passage between quotation marks, in one paragraph. */
export interface Quotation {
  /** The opening mark's index. */
  open: number;
  /** The closing mark's index, or null where the paragraph ends inside the quotation (it carries on in the next). */
  close: number | null;
  /** The words inside the marks, without surrounding white space. */
  inner: TextSpan;
  paragraph: number;
}

const DOUBLE_PAIRS: Record<string, string> = { "“": "”", "«": "»", "„": "“" };
const opensAt = (text: string, at: number): boolean => at === 0 || /[\s([{—–-]/.test(text[at - 1]!);
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * British articles open quotations with ‘ and nest “ inside; most others do the reverse. The article's own
 * habit decides: ‘ counts where it opens a word, never as an apostrophe (won’t, UK’s).
 */
export function usesSingleMarks(text: string): boolean {
  const singles = [...text.matchAll(/‘/g)].filter((match) => opensAt(text, match.index)).length;
  const doubles = (text.match(/[“«"]/g) ?? []).length;
  return singles > doubles;
}

/**
 * The closing ’ of a ‘…’ quotation: the first one that is not an apostrophe. Inside a word (won’t) it is one;
 * after an s and before a word (the farmers’ patience) it may be a plural possessive, taken only when no other
 * ’ can close before the next opening ‘.
 */
function singleClose(text: string, from: number, end: number): number | null {
  let possessive: number | null = null;
  for (let at = text.indexOf("’", from); at !== -1 && at < end; at = text.indexOf("’", at + 1)) {
    if (text[at] === "’" && isLetter(text[at + 1])) continue;
    if (text[at - 1] === "s" && text[at + 1] === " " && /\p{Ll}/u.test(text[at + 2] ?? "")) {
      possessive ??= at;
      continue;
    }
    return at;
  }
  return possessive;
}

function nextOpening(text: string, from: number, end: number, single: boolean): number {
  for (let at = from; at < end; at++) {
    const char = text[at]!;
    if (single ? char === "‘" && opensAt(text, at) : char in DOUBLE_PAIRS || (char === '"' && opensAt(text, at))) return at;
  }
  return -1;
}

function closeOf(text: string, open: number, end: number, single: boolean): number | null {
  const mark = text[open]!;
  if (single) return singleClose(text, open + 1, Math.min(end, nextOpeningAfter(text, open + 1, end)));
  const closing = mark === '"' ? '"' : DOUBLE_PAIRS[mark]!;
  const at = text.indexOf(closing, open + 1);
  return at === -1 || at >= end ? null : at;
}

const nextOpeningAfter = (text: string, from: number, end: number): number => {
  const at = nextOpening(text, from, end, true);
  return at === -1 ? end : at;
};

function innerSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Every top-level quotation of every paragraph, in text order; quotations nested inside them are part of their words. */
export function findQuotations(text: string, paragraphs: Paragraph[]): Quotation[] {
  const single = usesSingleMarks(text);
  const found: Quotation[] = [];
  for (const paragraph of paragraphs) {
    let at = nextOpening(text, paragraph.start, paragraph.end, single);
    while (at !== -1) {
      const close = closeOf(text, at, paragraph.end, single);
      found.push({ open: at, close, inner: innerSpan(text, at + 1, close ?? paragraph.end), paragraph: paragraph.index });
      if (close === null) break;
      at = nextOpening(text, close + 1, paragraph.end, single);
    }
  }
  return found;
}
