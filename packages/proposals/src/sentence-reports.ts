import type { ReportedClause } from "./clauses";
import { ADVERBIAL_OPENERS } from "./lexicon";
import { parseSubject } from "./noun-phrases";
import type { TextSpan } from "./types";
import { trimEnd, type Word, wordsIn } from "./words";

// "called the meeting «a diplomatic own goal»", "what he called “seventy hours …”": calling is saying when the
// words called are quoted.
export const CALLING = /^(?:call|calls|called)$/;
const CONTENT_OPENERS = /^(?:that|if|whether|how|why|what|when|who|to)$/;
// "a deal both sides described as fragile": an apposition whose noun a speaker's words describe.
const REDUCED_RELATIVE = /^\s*(?:an?|the)\s+\p{Ll}[\p{Ll}-]*\s+(?:that\s+|which\s+)?/u;
// "what he called “…”": the words are his.
const WHAT_SPEAKER = /\bwhat\s+((?:\S+\s+){0,3}\S+)\s*$/i;

/**
 * Where a cue that follows its report ends: "The talks had failed, Ms Berg said.", "…, the envoy told reporters,
 * as trucks waited", "…, its foreign minister said on Thursday, after …". The words before the subject end with a
 * comma, and after the verb come at most whom it was told to and when, never what was said.
 */
export function postposedCue(masked: string, start: number, subjectStart: number, sentence: TextSpan, verb: Word): number | null {
  if (!/,\s*$/.test(masked.slice(start, subjectStart)) || wordsIn(masked, { start, end: subjectStart }).length < 3) return null;
  const stop = masked.slice(verb.end, sentence.end).search(/[,;:!?]|\.(?=\s|$)/);
  const end = stop === -1 ? sentence.end : verb.end + stop;
  const tail = wordsIn(masked, { start: verb.end, end });
  if (tail.length > 6 || tail.some((word) => CONTENT_OPENERS.test(word.word))) return null;
  const toWhom = verb.word === "told" || verb.word === "tells";
  if (tail.length > 0 && !toWhom && !ADVERBIAL_OPENERS.has(tail[0]!.word)) return null;
  return end;
}

/**
 * "Ostra and Belmar agreed to reopen the port, a deal both sides described as fragile.": a speaker describing
 * what the sentence reports, in an apposition that ends it. The sentence is their report.
 */
export function describedInApposition(
  text: string,
  masked: string,
  start: number,
  sentence: TextSpan,
  verb: Word,
  subjectEnd: number,
): ReportedClause | null {
  const comma = masked.lastIndexOf(",", verb.start);
  if (comma < start || wordsIn(masked, { start: verb.end, end: sentence.end }).length > 4) return null;
  const apposition = REDUCED_RELATIVE.exec(masked.slice(comma + 1, subjectEnd));
  if (!apposition) return null;
  const subjectStart = comma + 1 + apposition[0].length;
  const subjects = parseSubject(text, { start: subjectStart, end: subjectEnd });
  if (!subjects) return null;
  return {
    span: trimEnd(text, { start, end: sentence.end }),
    subjects,
    cue: { start: subjectStart, end: verb.end },
    joinedAt: sentence.end,
  };
}

/** "Lindqvist opened by thanking them for what he called “seventy hours of honest disagreement”": the sentence reports him. */
export function whatTheyCalled(text: string, masked: string, start: number, sentence: TextSpan, verb: Word): ReportedClause | null {
  const what = WHAT_SPEAKER.exec(masked.slice(start, verb.start));
  if (!what || !CALLING.test(verb.word)) return null;
  const subjectStart = start + what.index + what[0].indexOf(what[1]!);
  const subjects = parseSubject(text, { start: subjectStart, end: subjectStart + what[1]!.length });
  if (!subjects) return null;
  return {
    span: trimEnd(text, { start, end: sentence.end }),
    subjects,
    cue: { start: subjectStart, end: verb.end },
    joinedAt: sentence.end,
  };
}
