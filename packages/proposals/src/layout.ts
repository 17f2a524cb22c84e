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

const OPENING_WORDS = 4;

/**
 * Pull quotes: lines whose words, with a name after them or not, are said again in another line, where they are
 * attributed ("It means immeasurably more … France. Sergei Lavrov"). The words are kept once, there. Lines are
 * found by their first words (an index of every line's four-word runs), so a long text is read once.
 */
export function pullQuotesOf(text: string, lines: TextSpan[]): Set<TextSpan> {
  const normalised = new Map(lines.map((line) => [line, normalise(text.slice(line.start, line.end))]));
  const linesByRun = new Map<string, TextSpan[]>();
  for (const [line, words] of normalised) {
    const list = words.split(" ");
    for (let index = 0; index + OPENING_WORDS <= list.length; index++) {
      const run = list.slice(index, index + OPENING_WORDS).join(" ");
      const holders = linesByRun.get(run) ?? [];
      if (holders.at(-1) !== line) holders.push(line);
      linesByRun.set(run, holders);
    }
  }
  const pulled = new Set<TextSpan>();
  for (const line of lines) {
    const opening = normalised.get(line)!.split(" ").slice(0, OPENING_WORDS).join(" ");
    const others = (linesByRun.get(opening) ?? []).filter((other) => other !== line && !pulled.has(other));
    if (others.length > 0 && isPulled(text, line, others, normalised)) pulled.add(line);
  }
  return pulled;
}

/** A line is pulled when a name follows its repeated words, or when another line holds them and says more. */
function isPulled(text: string, line: TextSpan, others: TextSpan[], normalised: Map<TextSpan, string>): boolean {
  const words = text.slice(line.start, line.end);
  const sentenceEnds = [...words.matchAll(/[.?!…]["”’»]*(?=\s|$)/g)].map((match) => match.index + match[0].length);
  for (const end of sentenceEnds.reverse()) {
    const repeated = normalise(words.slice(0, end));
    const rest = words.slice(end).trim();
    const named = rest !== "";
    if (repeated.length < 20 || (named && !/^[—–-]?\s*(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}$/u.test(rest))) continue;
    const holders = others.filter((other) => normalised.get(other)!.includes(repeated));
    if (holders.length === 0) continue;
    return (
      named || holders.some((other) => normalised.get(other)!.length > repeated.length && !isNamedCopy(normalised.get(other)!, repeated))
    );
  }
  return false;
}

const isNamedCopy = (line: string, words: string): boolean =>
  line.startsWith(words) && line.slice(words.length).trim().split(" ").length <= 4;

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
