import { SPEECH_VERBS } from "./lexicon";
import type { SpeakerPhrase } from "./phrase-words";
import type { TextSpan } from "./types";

/** A clause that reports someone's words: its span (cue and speaker included), who, and the cue. */
export interface ReportedClause {
  span: TextSpan;
  subjects: SpeakerPhrase[];
  cue: TextSpan;
  /** Where the words joining it to the clause before start (", while", " and"): that clause ends there. */
  joinedAt: number;
}

/** Where a clause of a sentence may begin, and whether words join it to the clause before (", while", "; "). */
export interface ClauseStart {
  /** Where the joining punctuation or words start: the clause before ends there. */
  joinedAt: number;
  start: number;
  /** A joining word, ";", ":", a dash or a new sentence after an abbreviation, not a bare comma. */
  joined: boolean;
}

// ", and ", " while ", "; ", " — ", and a capital after an abbreviation's full stop ("… the U.S. U.N. mediator
// Pierre Lambert said"), where the sentence segmenter, rightly unsure, did not end the sentence.
const CLAUSE_BOUNDARY =
  /(?:,\s*(?:(?:and|but|while|whereas|although|though|yet)\s+)?|\s(?:and|but|while|whereas|although|though|yet)\s+|;\s*|:\s*|\s[—–]\s*|(?<=\.)\s+(?=\p{Lu}))/gu;
// "GENEVA (Reuters) - ", "BRUSSELS, 12 March 2026 – ", "KORVAL, Tavria, May 6 (Meridian News) - ", "Update: ".
const DATELINE = /^\p{Lu}{2}[\p{Lu} .'’-]*(?:,[^—–\n]{1,40}?)?(?:\s*\([^)]*\))?\s*[-—–]\s+/u;
const LABEL = /^\p{Lu}\p{L}*(?:\s\p{L}+)?:\s+/u;

/** Where a sentence's own words start: after a dateline or a live blog's label. */
export function contentStart(text: string, sentence: TextSpan): number {
  const words = text.slice(sentence.start, sentence.end);
  const lead = DATELINE.exec(words) ?? LABEL.exec(words);
  if (!lead) return sentence.start;
  const label = lead[0].toLowerCase();
  return [...SPEECH_VERBS].some((verb) => label.includes(verb)) ? sentence.start : sentence.start + lead[0].length;
}

/** The places in `[from, to)` where a clause may begin, the first being `from` itself. */
export function clauseStarts(masked: string, from: number, to: number): ClauseStart[] {
  // Right after a clause's verb comes what was said: nothing joins a new clause there.
  const found = [{ joinedAt: from, start: from, joined: false }];
  for (const match of masked.slice(from, to).matchAll(CLAUSE_BOUNDARY)) {
    const joined = !/^,\s*$/.test(match[0]);
    found.push({ joinedAt: from + match.index, start: from + match.index + match[0].length, joined });
  }
  return found;
}
