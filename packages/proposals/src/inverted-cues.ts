import type { ReportedClause } from "./clauses";
import { phraseAfter, phraseEnd } from "./cues";
import { NOT_INVERTED } from "./lexicon";
import { parseSubject } from "./noun-phrases";
import type { SpeakerPhrase } from "./phrase-words";
import type { TextSpan } from "./types";
import { trimEnd, type Word, wordsIn } from "./words";

// "according to figures compiled by the ministry", "a statement from the Kremlin": the words are the author's.
const DOCUMENT =
  /^(?:(?:an?|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:figures|data|estimates?|statements?|reports?|readouts?|transcripts?|tall(?:y|ies)|counts?|surveys?|polls?|notes?|documents?|memos?|letters?|records?|stud(?:y|ies))\b/iu;
const AUTHORED_BY =
  /^\s+(?:(?:compiled|kept|released|issued|published|prepared|produced|drafted|written|sent|provided|conducted)\s+)?(?:from|by|of)\s+/i;

/**
 * Who a document cited as a source speaks for: its author ("figures compiled by the Plains Grain Council"), or,
 * for a document nobody is said to have written ("a briefing note seen by our correspondent"), an anonymous source.
 */
function documentSource(text: string, span: TextSpan): SpeakerPhrase[] | null {
  const phrase = text.slice(span.start, span.end);
  const document = DOCUMENT.exec(phrase);
  if (!document) return null;
  const author = AUTHORED_BY.exec(phrase.slice(document[0].length));
  if (author) return parseSubject(text, { start: span.start + document[0].length + author[0].length, end: span.end });
  return [{ kind: "role", span, surface: phrase, descriptors: [], definite: false, plural: false }];
}

/**
 * "…, according to X", "According to X, …" and "…, said X": the whole sentence reports X. The verb must be one
 * that a speaker can follow: after "accused" or "told" comes whom they spoke of or to.
 */
export function sentenceWide(
  text: string,
  masked: string,
  start: number,
  sentence: TextSpan,
  verb: Word,
  subjectFrom: number,
): ReportedClause | null {
  const according = verb.word === "according";
  if (!according && NOT_INVERTED.has(verb.word)) return null;
  if (!/,\s*$/.test(masked.slice(start, verb.start)) && masked.slice(start, verb.start).trim() !== "") return null;
  const subjectEnd = phraseEnd(masked, subjectFrom, sentence.end);
  const phraseWords = wordsIn(masked, { start: subjectFrom, end: subjectEnd });
  if (phraseWords.length === 0) return null;
  const phrase = trimEnd(text, { start: phraseWords[0]!.start, end: subjectEnd });
  const speaker = phraseAfter(text, masked, phrase, sentence.end, (_, span) => documentSource(text, span) ?? parseSubject(text, span));
  if (!speaker) return null;
  const span = trimEnd(text, { start, end: sentence.end });
  if (span.end - start < 20 || (verb.start === start && !according)) return null;
  return { span, subjects: speaker.subjects, cue: { start: verb.start, end: speaker.span.end }, joinedAt: sentence.end };
}
