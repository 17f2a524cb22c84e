import { HONORIFICS, isSpokespersonNoun, NOT_NAMES, ORGANISATION_NOUNS, ROLE_NOUNS, SPOKESPERSON_GENDER, TITLE_WORDS } from "./lexicon";
import {
  bare,
  CONNECTORS,
  descriptorWords,
  DETERMINER,
  isCapitalised,
  type SpeakerPhrase,
  spanOf,
  surfaceOf,
  type Word,
} from "./phrase-words";

const NOT_A_MODIFIER = /^(?:the|a|an|with|at|in|on|by|from|to|into|for|of|about|after|before|and|but|or|that|\p{Ll}+ed)$/u;

/** A run of capitalised words: a name after its titles ("US Secretary of State John Kerry"), a title alone, or a body. */
export function capitalisedPhrase(text: string, words: Word[], definite: boolean): SpeakerPhrase | null {
  const span = spanOf(words);
  const surface = surfaceOf(text, words);
  const lower = words.map((word) => word.text.toLowerCase());
  const isTitle = (word: string, index: number): boolean =>
    CONNECTORS.has(word) ? TITLE_WORDS.has(lower[index + 1] ?? "") : TITLE_WORDS.has(word) || word in HONORIFICS || ROLE_NOUNS.has(word);
  let lastTitle = -1;
  lower.forEach((word, index) => {
    if (isTitle(word, index)) lastTitle = index;
  });
  // A demonym or acronym before a title ("British Foreign Secretary", "Ostran Foreign Minister") belongs to it.
  const nameWords = words.slice(lastTitle + 1);
  const titleWords = words.slice(0, lastTitle + 1).map((word) => word.text);
  if (nameWords.length === 0) {
    // "Officials said", opening a sentence: a plural role with no article is anonymous, as in lower case.
    const plural = ROLE_NOUNS.has(lower.at(-1)!) && lower.at(-1)!.endsWith("s");
    return { kind: "role", span, surface, descriptors: descriptorWords(titleWords), definite: definite || !plural, plural };
  }
  const nameLower = nameWords.map((word) => bare(word.text));
  // "Earlier", "Friday", "Welcome" open a sentence, not a name; after a title ("Mrs May") they are one.
  if (!definite && lastTitle === -1 && NOT_NAMES.has(nameLower[0]!)) return null;
  if (definite || nameLower.some((word) => ORGANISATION_NOUNS.has(word)) || nameWords.length > 4) {
    const name = definite ? surface.replace(/^the\s+/i, "") : surface;
    return { kind: "organisation", span, surface, name, descriptors: descriptorWords(words.map((word) => word.text)) };
  }
  const honorific = lower.find((word) => word in HONORIFICS);
  return {
    kind: "name",
    span,
    surface,
    name: surfaceOf(text, nameWords),
    gender: honorific === undefined ? undefined : HONORIFICS[honorific],
    descriptors: descriptorWords(titleWords.filter((word) => !(word.toLowerCase() in HONORIFICS))),
  };
}

/**
 * A name after a role in lower case: "U.N. mediator Pierre Lambert", "union leader Pavel Drach". After a
 * spokesperson ("State Department spokesman Miguel Arroyo") it is the voice of the body named before.
 */
export function nameAfterRole(text: string, words: Word[]): SpeakerPhrase | null {
  let first = words.length;
  while (first > 0 && isCapitalised(words[first - 1]!.text)) first--;
  const role = words[first - 1]?.text.toLowerCase() ?? "";
  if (first === words.length || CONNECTORS.has(role) || !(ROLE_NOUNS.has(role) || TITLE_WORDS.has(role))) return null;
  // The words before the role modify it ("U.N.", "special", "union"): a clause's verbs and prepositions do not.
  const modifiers = words.slice(0, first - 1).map((word) => word.text.toLowerCase());
  if (modifiers.length > 4 || modifiers.some((word, index) => NOT_A_MODIFIER.test(word) && !(index === 0 && DETERMINER.test(word))))
    return null;
  const named = capitalisedPhrase(text, words.slice(first), false);
  if (named?.kind !== "name") return null;
  const span = spanOf(words);
  const surface = surfaceOf(text, words);
  const before = words.slice(0, first - 1).filter((word, index) => index > 0 || !DETERMINER.test(word.text));
  if (isSpokespersonNoun(role) && before.length > 0) {
    const voice = { name: named.name, gender: SPOKESPERSON_GENDER[role] ?? named.gender };
    return { kind: "organisation", span, surface, name: surfaceOf(text, before), descriptors: [], voice };
  }
  const descriptors = [...descriptorWords(words.slice(0, first).map((word) => word.text)), ...named.descriptors];
  return { ...named, span, surface, descriptors };
}
