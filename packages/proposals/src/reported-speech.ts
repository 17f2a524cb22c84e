import { BETWEEN_SUBJECT_AND_VERB, NOT_A_REPORT_BEFORE_VERB, PARTICIPLES, SPEECH_VERBS } from "./lexicon";
import { parseSubject, type SpeakerPhrase } from "./noun-phrases";
import type { TextSpan } from "./types";
import { trimEnd, type Word, wordsIn } from "./words";

/** A clause that reports someone's words: its span (cue and speaker included), who, and the cue. */
export interface ReportedClause {
  span: TextSpan;
  subjects: SpeakerPhrase[];
  cue: TextSpan;
  /** Where the words joining it to the clause before start (", while", " and"): that clause ends there. */
  joinedAt: number;
}

// Where a second clause of one sentence may begin, and the words that join it.
const CLAUSE_BOUNDARY =
  /(?:,\s*(?:(?:and|but|while|whereas|although|though|yet)\s+)?|\s(?:and|but|while|whereas|although|though|yet)\s+|;\s*|:\s*|\s[—–]\s*)/g;
// "GENEVA (Reuters) - ", "Update: ", "Some context: ".
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]+(?:\([^)]*\))?\s*[-—–]\s+/u;
const LABEL = /^\p{Lu}\p{L}*(?:\s\p{L}+)?:\s+/u;
const SOURCE_OF_FIGURES =
  /^(?:figures|data|estimates|a statement|a report|reports|a readout|a transcript)\s+(?:from|by|released by|issued by)\s+/i;

/** Where a sentence's own words start: after a dateline or a live blog's label. */
export function contentStart(text: string, sentence: TextSpan): number {
  const words = text.slice(sentence.start, sentence.end);
  const lead = DATELINE.exec(words) ?? LABEL.exec(words);
  if (!lead) return sentence.start;
  const label = lead[0].toLowerCase();
  return [...SPEECH_VERBS].some((verb) => label.includes(verb)) ? sentence.start : sentence.start + lead[0].length;
}

function boundariesOf(masked: string, from: number, to: number): { joinedAt: number; start: number }[] {
  const found = [{ joinedAt: from, start: from }];
  for (const match of masked.slice(from, to).matchAll(CLAUSE_BOUNDARY)) {
    found.push({ joinedAt: from + match.index, start: from + match.index + match[0].length });
  }
  return found;
}

/** The word before the verb, past "also", "has", "later": a passive, modal or negation there makes it no report. */
function wordBefore(words: Word[], index: number): Word | undefined {
  let at = index - 1;
  while (at >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[at]!.word)) at--;
  return words[at];
}

/**
 * The reported-speech clauses of one sentence (quotations masked): a subject and a verb of saying with what
 * follows it ("Mr Lavrov said the talks had been “useful”"), "…, according to X", "…, said X". `skip` holds the
 * cues of direct quotes, already read.
 */
export function reportedClauses(text: string, masked: string, sentence: TextSpan, skip: TextSpan[]): ReportedClause[] {
  const start = contentStart(text, sentence);
  // "When Mr Lavrov talks of …, he is saying that …": the reporter's reading, not a report.
  if (/^When\s/.test(text.slice(start, sentence.end))) return [];
  const words = wordsIn(masked, { start, end: sentence.end });
  const clauses: ReportedClause[] = [];
  let lowerBound = start;
  words.forEach((verb, index) => {
    const according = verb.word === "according" && words[index + 1]?.word === "to";
    if (!according && (!SPEECH_VERBS.has(verb.word) || PARTICIPLES.has(verb.word))) return;
    if (skip.some((cue) => verb.start >= cue.start && verb.end <= cue.end)) return;
    const before = wordBefore(words, index);
    if (!according && before && NOT_A_REPORT_BEFORE_VERB.has(before.word)) return;

    // "Henrik Aalto, asked about the proposal, …": a participle after a comma opens an aside, not a report.
    const aside = /,\s*$/.test(masked.slice(start, verb.start)) && /^(?:about|whether|if|on|by|of)$/.test(words[index + 1]?.word ?? "");
    const inverted = () => sentenceWide(text, masked, start, sentence, verb, according ? words[index + 1]!.end : verb.end);
    const clause =
      according || aside
        ? inverted()
        : (subjectFirst(text, masked, { start, lowerBound }, sentence, verb, before, clauses.length > 0) ?? inverted());
    if (clause) {
      clauses.push(clause);
      lowerBound = verb.end;
    }
  });
  return clauses;
}

/** "…, according to X" and "…, said X": the whole sentence reports X. */
function sentenceWide(
  text: string,
  masked: string,
  start: number,
  sentence: TextSpan,
  verb: Word,
  subjectFrom: number,
): ReportedClause | null {
  if (!/,\s*$/.test(masked.slice(start, verb.start)) && masked.slice(start, verb.start).trim() !== "") return null;
  const stop = masked.slice(subjectFrom, sentence.end).search(/[,;:!?]|\.(?=\s|$)/);
  const subjectEnd = stop === -1 ? sentence.end : subjectFrom + stop;
  const phraseWords = wordsIn(masked, { start: subjectFrom, end: subjectEnd });
  if (phraseWords.length === 0) return null;
  let subjectStart = phraseWords[0]!.start;
  const figures = SOURCE_OF_FIGURES.exec(text.slice(subjectStart, subjectEnd));
  if (figures) subjectStart += figures[0].length;
  const subjects = parseSubject(text, { start: subjectStart, end: trimEnd(text, { start: subjectStart, end: subjectEnd }).end });
  if (!subjects) return null;
  const span = trimEnd(text, { start, end: sentence.end });
  if (span.end - start < 20 || verb.start === start) return null;
  return { span, subjects, cue: { start: verb.start, end: subjects.at(-1)!.span.end }, joinedAt: sentence.end };
}

/** A subject before the verb: the farthest start of the clause that still reads as a speaker's noun phrase. */
function subjectFirst(
  text: string,
  masked: string,
  { start, lowerBound }: { start: number; lowerBound: number },
  sentence: TextSpan,
  verb: Word,
  before: Word | undefined,
  followsClause: boolean,
): ReportedClause | null {
  const subjectEnd = before?.end ?? verb.start;
  let found: { subjects: SpeakerPhrase[]; joinedAt: number } | null = null;
  for (const boundary of boundariesOf(masked, lowerBound, subjectEnd)) {
    if (boundary.start >= subjectEnd) continue;
    const subjects = parseSubject(text, { start: boundary.start, end: subjectEnd });
    if (subjects) {
      found = { subjects, joinedAt: boundary.joinedAt };
      break;
    }
  }
  if (!found && before?.word === "and" && !followsClause) found = leadingSubject(text, masked, lowerBound, verb);
  if (!found) return null;
  const subjectStart = found.subjects[0]!.span.start;
  const cue = { start: subjectStart, end: verb.end };
  // "She said:" introduces a quotation, and is its cue.
  if (/:\s*$/.test(masked.slice(verb.end, sentence.end))) return null;
  const span = trimEnd(text, { start: subjectStart, end: sentence.end });
  if (wordsIn(masked, { start: verb.end, end: span.end }).length >= 2)
    return { span, subjects: found.subjects, cue, joinedAt: found.joinedAt };
  // "The talks had failed, Ms Berg said.": the sentence is all hers.
  const opening = masked.slice(start, subjectStart);
  if (followsClause || !/,\s*$/.test(opening) || wordsIn(masked, { start, end: subjectStart }).length < 3) return null;
  return { span: trimEnd(text, { start, end: sentence.end }), subjects: found.subjects, cue, joinedAt: sentence.end };
}

/** "Vasquez arrived this morning and told reporters …": the clause's subject is the sentence's first noun phrase. */
function leadingSubject(text: string, masked: string, from: number, verb: Word): { subjects: SpeakerPhrase[]; joinedAt: number } | null {
  const words = wordsIn(masked, { start: from, end: verb.start });
  for (let length = Math.min(6, words.length - 1); length >= 1; length--) {
    const subjects = parseSubject(text, { start: words[0]!.start, end: words[length - 1]!.end });
    if (subjects && subjects.every((subject) => subject.kind !== "organisation")) return { subjects, joinedAt: from };
  }
  return null;
}
