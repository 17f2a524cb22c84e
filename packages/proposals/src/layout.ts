import type { TextSpan } from "./types";

/** A paragraph: one line of the text, without its surrounding white space. */
export interface Paragraph extends TextSpan {
  index: number;
}

/** The text's non-empty lines, in order. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const leading = line[0].length - line[0].trimStart().length;
    const trimmed = line[0].trim();
    if (trimmed === "") continue;
    const start = line.index + leading;
    paragraphs.push({ index: paragraphs.length, start, end: start + trimmed.length });
  }
  return paragraphs;
}

const TERMINAL = /[.?!…]["”’»)\]]*$|["”’»]$/;

/**
 * A headline, a standfirst, a timestamp or a byline: a short line that does not end a sentence
 * ("FactCheck: Crimea - myth and reality", "09.32 GMT"). A line that ends with ":" introduces what follows.
 */
export function isHeadline(text: string, paragraph: TextSpan): boolean {
  const line = text.slice(paragraph.start, paragraph.end);
  if (line.endsWith(":")) return false;
  if (/^\[[^\]]+\]/.test(line)) return true;
  return !TERMINAL.test(line) && line.split(/\s+/).length <= 15;
}

const normalise = (words: string): string =>
  words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** A line's words up to its last sentence that is found elsewhere, and whether a name follows them. */
function repeatedWords(text: string, paragraph: TextSpan, others: TextSpan[]): { named: boolean; longerElsewhere: boolean } | null {
  const line = text.slice(paragraph.start, paragraph.end);
  const sentenceEnds = [...line.matchAll(/[.?!…]["”’»]*(?=\s|$)/g)].map((match) => match.index + match[0].length);
  for (const end of sentenceEnds.reverse()) {
    const words = normalise(line.slice(0, end));
    const rest = line.slice(end).trim();
    const named = rest !== "";
    if (words.length < 20 || (named && !/^[—–-]?\s*(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}$/u.test(rest))) continue;
    const holders = others.filter((other) => other !== paragraph && normalise(text.slice(other.start, other.end)).includes(words));
    if (holders.length === 0) continue;
    const longerElsewhere = holders.some((other) => normalise(text.slice(other.start, other.end)).length > words.length && !isNamedCopy(text, other, words));
    return { named, longerElsewhere };
  }
  return null;
}

const isNamedCopy = (text: string, paragraph: TextSpan, words: string): boolean => {
  const line = normalise(text.slice(paragraph.start, paragraph.end));
  return line.startsWith(words) && line.slice(words.length).trim().split(" ").length <= 4;
};

/**
 * A pull quote: a line whose words, with a name after them or not, are said again elsewhere in the text, where
 * they are attributed ("It means immeasurably more … France. Sergei Lavrov"). The words are kept once, there.
 */
export function isPullQuote(text: string, paragraph: TextSpan, others: TextSpan[]): boolean {
  const repeated = repeatedWords(text, paragraph, others);
  return repeated !== null && (repeated.named || repeated.longerElsewhere);
}

// Titles and initials that end with a full stop inside a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|Jr|Sr|Mt|No|vs|etc|[A-Z](?:\.[A-Z])*)\.\s*$/;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * The sentences of one paragraph (Intl.Segmenter's, joined again after a title's full stop, "Mr. Lavrov",
 * and inside a quotation, so a quote and its cue stay in one sentence). Segmenting paragraph by paragraph
 * keeps it linear: one call on a whole long text is much slower.
 */
export function sentencesOf(text: string, paragraph: TextSpan, insideQuotation: (at: number) => boolean): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const segment of segmenter.segment(text.slice(paragraph.start, paragraph.end))) {
    const start = paragraph.start + segment.index;
    const end = start + segment.segment.trimEnd().length;
    const previous = sentences.at(-1);
    if (previous && (ABBREVIATION.test(text.slice(previous.start, start)) || insideQuotation(start))) previous.end = end;
    else sentences.push({ start, end });
  }
  return sentences;
}
