import { type Cue, cueAfter, cueBefore, labelCue } from "./cues";
import { SPEECH_VERBS } from "./lexicon";
import type { Quotation } from "./quotations";
import type { TextSpan } from "./types";
import { wordsIn } from "./words";

/**
 * What a quotation is: a speaker's own sentence or sentences ("direct"), words quoted inside reported speech
 * ("fragment": the talks had been “useful”), or a term or a title that nobody is quoted saying ("term").
 */
export interface QuoteReading {
  quotation: Quotation;
  role: "direct" | "fragment" | "term";
  cue: Cue | null;
}

// "what he called", "what the minister described as": the words are theirs, not a term.
const SPEAKERS_NAMING = /\bwhat\s+(?:\S+\s+){0,3}(?:call(?:s|ed)?|termed|dubbed|described\s+as)\s*$/i;
const NAMING_WORDS = /(?:so-called|dubbed|termed|known as|branded|call(?:s|ed|ing)?(?:\s+(?:it|this|that|them))?(?:\s+an?|\s+the)?)\s*$/i;
// "called the talks “frank and useful”": calling something in quoted words is saying them (see sentence-reports.ts).
const CALLING_SOMETHING = /\bcall(?:s|ed)?\s+(?:\S+\s+){1,4}$/i;
const TITLE = /^(?:The|A|An)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}$/u;

const hasSpeechVerb = (masked: string, span: TextSpan): boolean => wordsIn(masked, span).some((word) => SPEECH_VERBS.has(word.word));

/** Reads the quotations of one sentence, in order; `masked` is the text with every quotation's words masked. */
export function readQuotations(text: string, masked: string, sentence: TextSpan, quotations: Quotation[]): QuoteReading[] {
  const readings: QuoteReading[] = [];
  quotations.forEach((quotation, index) => {
    const previous = quotations[index - 1];
    const next = quotations[index + 1];
    const from = previous ? (previous.close ?? previous.inner.end) + 1 : sentence.start;
    const until = next ? next.open : sentence.end;
    const before = text.slice(from, quotation.open);
    const inner = text.slice(quotation.inner.start, quotation.inner.end);

    if ((NAMING_WORDS.test(before) && !SPEAKERS_NAMING.test(before)) || TITLE.test(inner)) {
      readings.push({ quotation, role: "term", cue: null });
      return;
    }
    const after = quotation.close === null ? null : cueAfter(text, masked, quotation.close + 1, until);
    const opening = before.trim() === "" || /:\s*$/.test(before);
    const introduced =
      before.trim() === "" ? null : (cueBefore(text, masked, from, quotation.open) ?? labelCue(text, masked, from, quotation.open));
    const startsUpper = /^[\p{Lu}\p{N}‘“"'«]/u.test(inner) || /,\s*$/.test(before);
    const rest = quotation.close === null ? "" : masked.slice(quotation.close + 1, until);
    const ends = quotation.close === null || after !== null || /^[\s.?!,;:—–-]*$/.test(rest);
    if ((opening || (introduced !== null && startsUpper)) && ends && inner !== "") {
      readings.push({ quotation, role: "direct", cue: after ?? introduced });
      return;
    }
    // A few words in quotation marks, with no verb of saying near them, are a term (the “road map”).
    const short = inner.split(/\s+/).length <= 3 && !hasSpeechVerb(masked, sentence) && !CALLING_SOMETHING.test(before);
    readings.push({ quotation, role: short ? "term" : "fragment", cue: null });
  });
  return readings;
}
