import type { Paragraph } from "./layout";
import { parseSubject } from "./noun-phrases";
import type { SpeakerPhrase } from "./phrase-words";
import type { TextSpan } from "./types";

/** A line of a transcript: who speaks, as a label, and the words after it. */
export interface TranscriptLine {
  label: TextSpan;
  phrase: SpeakerPhrase;
  words: TextSpan;
}

// "Vandermeer: Our forces answered fire." A label of a few words, no quotation marks anywhere.
const LINE = /^([^:«»“”"‘’]{1,40}?):\s+([^«»“”"]+)$/u;

/**
 * A paragraph written as a transcript's line, "Name: words", its label a person the text names elsewhere or a
 * role. "Q: …" and "Update: …" are not: nobody by those names speaks.
 */
export function transcriptLine(text: string, paragraph: Paragraph, isPerson: (name: string) => boolean): TranscriptLine | null {
  const line = LINE.exec(text.slice(paragraph.start, paragraph.end));
  if (!line) return null;
  const label = { start: paragraph.start, end: paragraph.start + line[1]!.length };
  const phrase = parseSubject(text, label)?.[0];
  if (!phrase || (phrase.kind === "name" ? !isPerson(phrase.name) : phrase.kind !== "role")) return null;
  const wordsStart = paragraph.end - line[2]!.length;
  return { label, phrase, words: { start: wordsStart, end: paragraph.end } };
}
