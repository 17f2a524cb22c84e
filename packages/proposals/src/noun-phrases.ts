import { BETWEEN_SUBJECT_AND_VERB, ORGANISATION_NOUNS, PRONOUNS, TITLE_WORDS } from "./lexicon";
import { capitalisedPhrase, nameAfterRole } from "./names";
import {
  CONNECTORS,
  descriptorWords,
  DETERMINER,
  isCapitalised,
  POSSESSIVE,
  POSTMODIFIER,
  type SpeakerPhrase,
  spanOf,
  surfaceOf,
  type Word,
  wordsOf,
} from "./phrase-words";
import { commonPhrase } from "./roles";
import type { TextSpan } from "./types";

const PARENTHETICAL = /^(?:for (?:his|her|their|its) part|in turn|however|meanwhile|too|though|in a statement|in an interview)$/i;
// "asked about …", "speaking on condition of anonymity", "reached by telephone": an aside between subject and verb.
const PARTICIPLE_PHRASE = /^(?:asked|speaking|writing|pressed|talking|answering|responding|interviewed)\b|^\p{Ll}[\p{Ll}-]*(?:ed|ing)\s/u;
const RELATIVE = /^(?:who|which|whose|whom)\b/i;

/** One comma-separated part of a subject. */
function segmentPhrase(text: string, words: Word[]): SpeakerPhrase | "aside" | null {
  const joined = words.map((word) => word.text).join(" ");
  if (PARENTHETICAL.test(joined) || RELATIVE.test(joined) || PARTICIPLE_PHRASE.test(joined)) return "aside";
  if (words.length === 1 && words[0]!.text.toLowerCase() in PRONOUNS) {
    const pronoun = PRONOUNS[words[0]!.text.toLowerCase()]!;
    return { kind: "pronoun", span: spanOf(words), surface: words[0]!.text, gender: pronoun.gender, plural: pronoun.plural };
  }
  const definite = /^the$/i.test(words[0]!.text);
  const core = words.slice(0, postmodifierAt(words));
  const rest = definite ? core.slice(1) : core;
  if (rest.length > 0 && rest.every((word) => isCapitalised(word.text) || CONNECTORS.has(word.text))) {
    if (!isCapitalised(rest[0]!.text)) return null;
    const named = capitalisedPhrase(text, rest, definite);
    // "The Red Cross": the article belongs to the phrase's span, not to the name.
    const phrase = named && definite ? { ...named, span: spanOf(core), surface: surfaceOf(text, core) } : named;
    // "One of them": a capitalised first word that names nobody may still open a role.
    if (phrase === null) return nameAfterRole(text, words) ?? commonPhrase(text, words);
    if (phrase.kind === "pronoun" || core.length === words.length) return phrase;
    // "Dr Ruth Adler of the Centre for Maritime Studies": the name, described by what follows it.
    const span = spanOf(words);
    const extra = descriptorWords(words.slice(core.length).map((word) => word.text));
    return { ...phrase, span, surface: surfaceOf(text, words), descriptors: [...phrase.descriptors, ...extra] };
  }
  return nameAfterRole(text, words) ?? commonPhrase(text, words);
}

/** "the committee's ranking Republican", "an Ohio Democrat": a description beside a name, whatever its noun. */
const isDescription = (words: Word[]): boolean => DETERMINER.test(words[0]!.text) || POSSESSIVE.test(words[0]!.text);

/**
 * Where a phrase's postmodifier starts ("of Aster", "who attended the talks", "close to the delegation"), or its
 * length. "of"/"for" after a title or a body's noun stay in it ("Secretary of State", "Chamber of Shipping").
 */
function postmodifierAt(words: Word[]): number {
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!.text.toLowerCase();
    if (!POSTMODIFIER.has(word)) continue;
    const previous = words[index - 1]!.text.toLowerCase();
    const next = words[index + 1]?.text ?? "";
    const afterThe = next === "the" ? (words[index + 2]?.text ?? "") : next;
    const keeps =
      (word === "of" || word === "for") &&
      ((TITLE_WORDS.has(previous) && isCapitalised(next)) || (ORGANISATION_NOUNS.has(previous) && isCapitalised(afterThe)));
    if (!keeps) return index;
  }
  return words.length;
}

function trimTrailing(words: Word[]): Word[] {
  let end = words.length;
  while (end > 0 && BETWEEN_SUBJECT_AND_VERB.has(words[end - 1]!.text.toLowerCase())) end--;
  return words.slice(0, end);
}

/**
 * Joins one conjunct's segments: a name with its roles ("Vessaria’s foreign minister, Anna Berg"), a spokesperson
 * with their name ("A spokesman for the presidency, Idris Tanko": the presidency, voiced by him), or one phrase.
 */
function conjunctPhrase(text: string, segments: Word[][]): SpeakerPhrase | null {
  const phrases: SpeakerPhrase[] = [];
  const descriptions: Word[][] = [];
  for (const segment of segments) {
    const phrase = segmentPhrase(text, segment);
    if (phrase === null && isDescription(segment)) descriptions.push(segment);
    else if (phrase === null) return null;
    else if (phrase !== "aside") phrases.push(phrase);
  }
  const names = phrases.filter((phrase) => phrase.kind === "name");
  if (names.length > 1 || phrases.length === 0 || (descriptions.length > 0 && names.length === 0)) return null;
  if (phrases.length === 1 && descriptions.length === 0) return phrases[0]!;
  const span = { start: phrases[0]!.span.start, end: phrases.at(-1)!.span.end };
  const surface = text.slice(span.start, span.end);
  const name = names[0];
  if (name?.kind !== "name") return null;
  const spokesperson = phrases.find((phrase) => phrase.kind !== "name" && "voice" in phrase && phrase.voice !== undefined);
  if (spokesperson && (spokesperson.kind === "organisation" || spokesperson.kind === "pronoun")) {
    const voice = { name: name.name, gender: spokesperson.voice?.gender ?? name.gender };
    return { ...spokesperson, span, surface, voice };
  }
  if (phrases.some((phrase) => phrase.kind === "pronoun")) return null;
  // "the office of the U.N. special coordinator, Amadou Sy,": the body speaks; the name is its head's.
  if (phrases[0]!.kind === "organisation") return { ...phrases[0]!, span, surface };
  const described = descriptorWords(descriptions.flat().map((word) => word.text));
  const descriptors = [...phrases.flatMap((phrase) => ("descriptors" in phrase ? phrase.descriptors : [])), ...described];
  return { ...name, span, surface, descriptors };
}

/**
 * The speakers a subject names: one phrase, or one per conjunct ("Kerry and Lavrov", "Vessaria’s foreign minister,
 * Anna Berg, and her Tarnovian counterpart, Miroslav Kadic"). Null when it is not a speaker's noun phrase.
 */
export function parseSubject(text: string, span: TextSpan): SpeakerPhrase[] | null {
  const words = trimTrailing(wordsOf(text, span));
  if (words.length === 0 || words.length > 24) return null;
  const phrase = conjunctPhrase(text, splitAt(text, words, ","));
  if (phrase) return [phrase];
  // Two speakers sharing one verb.
  const and = words.findIndex((word) => word.text === "and");
  if (and <= 0) return null;
  const left = parseSubject(text, { start: words[0]!.start, end: words[and - 1]!.end });
  const right = parseSubject(text, { start: words[and + 1]?.start ?? span.end, end: words.at(-1)!.end });
  if (!left || !right || [...left, ...right].some((part) => part.kind === "pronoun" || part.kind === "organisation")) return null;
  return [...left, ...right];
}

/** Splits words at the commas between them. */
function splitAt(text: string, words: Word[], separator: string): Word[][] {
  const segments: Word[][] = [[]];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (previous && text.slice(previous.end, word.start).includes(separator)) segments.push([]);
    segments.at(-1)!.push(word);
  });
  return segments.filter((segment) => segment.length > 0);
}
