import { SPEECH_VERBS } from "./lexicon";
import { parseSubject } from "./noun-phrases";
import type { SpeakerPhrase } from "./phrase-words";
import type { TextSpan } from "./types";
import { type Word, wordsIn } from "./words";

/** The words that attribute a quotation: who ("she", "Anna Berg") and the verb of saying. */
export interface Cue {
  span: TextSpan;
  subjects: SpeakerPhrase[];
}

/** A verb of saying, in lower case ("the Council of Harbour States" names a body), or "according to". */
const isSpeechVerb = (masked: string, words: Word[], index: number): boolean =>
  (SPEECH_VERBS.has(words[index]!.word) && /\p{Ll}/u.test(masked[words[index]!.start]!)) ||
  (words[index]!.word === "according" && words[index + 1]?.word === "to");

const PHRASE_END = /[,;:!?]|(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|[A-Z]))\.(?=\s|$)|\s[—–]\s/;

/** Where the phrase that starts at `from` ends: at punctuation, or `to`. */
export function phraseEnd(masked: string, from: number, to: number): number {
  const stop = masked.slice(from, to).search(PHRASE_END);
  return stop === -1 ? to : from + stop;
}

/**
 * A speaker's phrase after a verb, up to punctuation; a role goes on to its name in apposition ("said Kestria's
 * first deputy minister for foreign affairs, Benedikt Arno, at a press conference").
 */
export function phraseAfter(text: string, masked: string, span: TextSpan, to: number, read = parseSubject): Cue | null {
  const subjects = read(text, span);
  if (subjects?.length !== 1 || subjects[0]!.kind !== "role" || masked[span.end] !== ",") return subjects && { span, subjects };
  const next = wordsIn(masked, { start: span.end + 1, end: phraseEnd(masked, span.end + 1, to) });
  const named = next.length > 0 ? { start: span.start, end: next.at(-1)!.end } : span;
  const withName = next.length > 0 ? parseSubject(text, named) : null;
  return withName?.[0]?.kind === "name" ? { span: named, subjects: withName } : { span, subjects };
}

/** The phrase after a verb (an inverted cue, "said Anna Berg", or "according to X"). */
function subjectAfter(text: string, masked: string, from: number, to: number): Cue | null {
  const words = wordsIn(masked, { start: from, end: phraseEnd(masked, from, to) });
  if (words.length === 0) return null;
  return phraseAfter(text, masked, { start: words[0]!.start, end: words.at(-1)!.end }, to);
}

/** A cue that follows a quotation: "…,” she said", "…,” said Anna Berg", "…,” according to one diplomat". */
export function cueAfter(text: string, masked: string, from: number, to: number): Cue | null {
  const words = wordsIn(masked, { start: from, end: to });
  const first = words[0];
  if (!first || !/^[\s,.?!;:—–-]*$/.test(masked.slice(from, first.start))) return null;
  for (let index = 0; index < Math.min(words.length, 9); index++) {
    if (!isSpeechVerb(masked, words, index)) continue;
    const verb = words[index]!;
    if (index === 0 || verb.word === "according") {
      const after = subjectAfter(text, masked, words[verb.word === "according" ? index + 1 : index]!.end, to);
      return after && { span: { start: verb.start, end: after.span.end }, subjects: after.subjects };
    }
    const subjects = parseSubject(text, { start: first.start, end: words[index - 1]!.end });
    return subjects && { span: { start: first.start, end: verb.end }, subjects };
  }
  return null;
}

/**
 * A cue that introduces a quotation: "She said: “…”", "Berg told reporters: “…”", "he said, “…”". It ends the
 * text before the quotation, the verb no more than a few words from its end.
 */
export function cueBefore(text: string, masked: string, from: number, to: number): Cue | null {
  const region = masked.slice(from, to);
  if (!/(?:[:,]|\b\p{L}+)\s*$/u.test(region)) return null;
  const words = wordsIn(masked, { start: from, end: to });
  for (let index = words.length - 1; index >= Math.max(0, words.length - 8); index--) {
    if (!isSpeechVerb(masked, words, index)) continue;
    const verb = words[index]!;
    const clauseStart = Math.max(from, masked.lastIndexOf(",", verb.start) + 1, masked.lastIndexOf(";", verb.start) + 1);
    const before = words.filter((word) => word.start >= clauseStart && word.end <= verb.start);
    if (before.length === 0) {
      const after = subjectAfter(text, masked, verb.end, to);
      return after && { span: { start: verb.start, end: after.span.end }, subjects: after.subjects };
    }
    const subjects = parseSubject(text, { start: before[0]!.start, end: before.at(-1)!.end });
    return subjects && { span: { start: before[0]!.start, end: verb.end }, subjects };
  }
  return null;
}

/** A speaker written as a label before a colon: "Varga: “We are ready.”", "A Kaldonian adviser: “Progress.”". */
export function labelCue(text: string, masked: string, from: number, to: number): Cue | null {
  const label = /^(\s*)([^:]+?)\s*:\s*$/.exec(masked.slice(from, to));
  if (!label) return null;
  const start = from + label[1]!.length;
  const span = { start, end: start + label[2]!.length };
  const subjects = parseSubject(text, span);
  return subjects && { span, subjects };
}
