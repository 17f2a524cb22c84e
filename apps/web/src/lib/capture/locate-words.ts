/** A span of a draft's text named as a reader names it: its words, and which time they occur (1 for the first). */
export interface WordsLocator {
  words: string;
  occurrence: number | null;
}

const times = (count: number) => (count === 1 ? "once" : `${count} times`);
const quoted = (words: string) => `“${words.length > 60 ? `${words.slice(0, 60)}…` : words}”`;

/** Where `words` starts in `text`, every time. */
function starts(text: string, words: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) found.push(at);
  return found;
}

/**
 * The span the words name, or why they name none: words that are not in the text, or that occur
 * several times without saying which. A line break typed or selected on the page matches the
 * text's own (CR LF or LF).
 */
export function locateWords(text: string, { words, occurrence }: WordsLocator): { start: number; end: number } | string {
  if (words === "") return "Give the exact words of the statement, as the text has them.";
  const pattern = words.replace(/\r\n|\n/g, "\n");
  const normalised = text.replace(/\r\n/g, "\n");
  const hits = starts(normalised, pattern);
  if (hits.length === 0) return `${quoted(words)} does not occur in the text: copy the words exactly as the text has them.`;
  if (occurrence === null && hits.length > 1)
    return `${quoted(words)} occurs ${times(hits.length)} in the text: say which one (1 for the first).`;
  const hit = hits[(occurrence ?? 1) - 1];
  if (hit === undefined) return `${quoted(words)} occurs ${times(hits.length)} in the text, so there is no occurrence ${occurrence}.`;
  return { start: originalOffset(text, hit), end: originalOffset(text, hit + pattern.length) };
}

/** The offset in `text` of an offset in `text` with every CR LF made one LF. */
function originalOffset(text: string, normalised: number): number {
  let at = normalised;
  for (let crlf = text.indexOf("\r\n"); crlf !== -1 && crlf < at; crlf = text.indexOf("\r\n", crlf + 2)) at++;
  return at;
}

/** How a span is named in a form: its words, and the occurrence when they repeat. */
export function wordsOf(text: string, span: { start: number; end: number }): WordsLocator {
  const words = text.slice(span.start, span.end);
  const hits = starts(text, words);
  return { words, occurrence: hits.length > 1 ? hits.indexOf(span.start) + 1 : null };
}
