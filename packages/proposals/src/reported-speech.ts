import { clauseStarts, contentStart, type ReportedClause } from "./clauses";
import { sentenceWide } from "./inverted-cues";
import { BETWEEN_SUBJECT_AND_VERB, NOT_A_REPORT_BEFORE_VERB, PARTICIPLES, SPEECH_VERBS } from "./lexicon";
import { parseSubject } from "./noun-phrases";
import type { SpeakerPhrase } from "./phrase-words";
import { CALLING, describedInApposition, postposedCue, whatTheyCalled } from "./sentence-reports";
import type { TextSpan } from "./types";
import { trimEnd, type Word, wordsIn } from "./words";

interface Found {
  subjects: SpeakerPhrase[];
  joinedAt: number;
}

const RELATIVE_PRONOUN = /^(?:who|which)$/;

// "Diplomats call this “constructive ambiguity”": calling a thing by a term is naming it, not saying.
const QUOTED_SOON = /^(?!\s+(?:this|that|it|them|these|those)\b)[^,;:.!?]{0,60}?[«“"‘]/u;
const QUOTED_TITLE_BEFORE = /^\s*[«“"‘][_\s]+[»”"’]/u;
const NEGATED_SUBJECT = /^(?:neither|no|none|nobody|nor)\b/i;

/** A verb of saying in lower case: "States" in "the Council of Harbour States" is a name. */
function isReportingVerb(masked: string, words: Word[], index: number): boolean {
  const word = words[index]!;
  if (!/\p{Ll}/u.test(masked[word.start]!)) return false;
  if (CALLING.test(word.word)) return QUOTED_SOON.test(masked.slice(word.end, word.end + 80));
  // "who asked not to be named": a request, not a report.
  if (word.word === "asked" && /^(?:to|not)$/.test(words[index + 1]?.word ?? "")) return false;
  return SPEECH_VERBS.has(word.word) && !PARTICIPLES.has(word.word);
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
    if (!according && !isReportingVerb(masked, words, index)) return;
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

/** The subject before the verb: the farthest start of a clause that still reads as a speaker's noun phrase. */
function subjectBefore(text: string, masked: string, lowerBound: number, subjectEnd: number, followsClause: boolean): Found | null {
  for (const boundary of clauseStarts(masked, lowerBound, subjectEnd)) {
    // A second speaker's clause is joined by "and", "while", ";": after a bare comma, a verb of saying is the
    // first speaker's report going on ("said the ambassador, Oskar Brenn, had asked for …").
    if (boundary.start >= subjectEnd || (followsClause && !boundary.joined)) continue;
    const subjects = parseSubject(text, { start: boundary.start, end: subjectEnd });
    if (subjects) return { subjects, joinedAt: boundary.joinedAt };
  }
  return null;
}

/** A subject before the verb, and the clause it opens. */
function subjectFirst(
  text: string,
  masked: string,
  { start, lowerBound }: { start: number; lowerBound: number },
  sentence: TextSpan,
  verb: Word,
  before: Word | undefined,
  followsClause: boolean,
): ReportedClause | null {
  // "the weekly «Pogled» called …": a quoted title ends the subject.
  const title = before ? QUOTED_TITLE_BEFORE.exec(masked.slice(before.end, verb.start)) : null;
  const subjectEnd = before ? before.end + (title?.[0].length ?? 0) : verb.start;
  let found = subjectBefore(text, masked, lowerBound, subjectEnd, followsClause);
  if (!found && before?.word === "and" && !followsClause) found = leadingSubject(text, masked, lowerBound, verb);
  if (!found && !followsClause) {
    const echoed =
      describedInApposition(text, masked, start, sentence, verb, subjectEnd) ?? whatTheyCalled(text, masked, start, sentence, verb);
    if (echoed) return echoed;
  }
  // "Neither government has confirmed …": a report that nobody made.
  if (!found || NEGATED_SUBJECT.test(text.slice(found.subjects[0]!.span.start))) return null;
  const subjectStart = found.subjects[0]!.span.start;
  const cue = { start: subjectStart, end: verb.end };
  // "She said:" introduces a quotation, and is its cue.
  if (/:\s*$/.test(masked.slice(verb.end, sentence.end))) return null;
  // "…, the envoy told reporters, as …" and "The talks had failed, Ms Berg said.": the words before are hers.
  const postposed = followsClause ? null : postposedCue(masked, start, subjectStart, sentence, verb);
  if (postposed) return { span: trimEnd(text, { start, end: postposed }), subjects: found.subjects, cue, joinedAt: sentence.end };
  if (wordsIn(masked, { start: verb.end, end: sentence.end }).length < 2) return null;
  // "Achebe, who said on Monday that …, is due to meet …": the report ends with the relative clause.
  const relativeEnd = RELATIVE_PRONOUN.test(before?.word ?? "") ? masked.lastIndexOf(",", sentence.end) : -1;
  const end = relativeEnd > verb.end ? relativeEnd : sentence.end;
  return { span: trimEnd(text, { start: subjectStart, end }), subjects: found.subjects, cue, joinedAt: found.joinedAt };
}

/**
 * "Vasquez arrived this morning and told reporters …", "Asked what she would tell him, she smiled and said …":
 * the clause's subject is the first noun phrase of the sentence, or of a clause in it.
 */
function leadingSubject(text: string, masked: string, from: number, verb: Word): Found | null {
  for (const boundary of clauseStarts(masked, from, verb.start)) {
    const words = wordsIn(masked, { start: boundary.start, end: verb.start });
    for (let length = Math.min(6, words.length - 1); length >= 1; length--) {
      const subjects = parseSubject(text, { start: words[0]!.start, end: words[length - 1]!.end });
      if (subjects && subjects.every((subject) => subject.kind !== "organisation")) return { subjects, joinedAt: from };
    }
  }
  return null;
}
