import {
  BETWEEN_SUBJECT_AND_VERB,
  HONORIFICS,
  INDEFINITE,
  isSpokespersonNoun,
  NOT_NAMES,
  ORGANISATION_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "./lexicon";
import type { TextSpan } from "./types";

/** What a noun phrase in a speaker's place says about who speaks. */
export type SpeakerPhrase =
  | { kind: "pronoun"; span: TextSpan; surface: string; gender?: "m" | "f"; plural: boolean }
  /** A person's (or a named body's) name, with the titles and roles the phrase gives them. */
  | { kind: "name"; span: TextSpan; surface: string; name: string; gender?: "m" | "f"; descriptors: string[]; spokesperson: boolean }
  /** A role without a name: "the foreign minister" (definite: someone the text introduced) or "one diplomat" (anonymous). */
  | { kind: "role"; span: TextSpan; surface: string; descriptors: string[]; definite: boolean; plural: boolean }
  /** An organisation, or the organisation an unnamed spokesperson speaks for. */
  | { kind: "organisation"; span: TextSpan; surface: string; name: string; descriptors: string[] };

const DETERMINER = /^(?:the|a|an|one|two|three|several|some|many|his|her|their|its)$/i;
const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)[’']s$/u;
const CONNECTORS = new Set(["of", "the", "for", "to"]);
const POSTMODIFIER = new Set("who which that of in at for from on with close familiar based involved attending near inside to".split(" "));
const PARENTHETICAL = /^(?:for (?:his|her|their|its) part|in turn|however|meanwhile|too|though|in a statement|in an interview)$/i;
const PARTICIPLE_PHRASE = /^(?:asked|speaking|writing|pressed|talking|answering|responding|interviewed)\b/i;
const RELATIVE = /^(?:who|which|whose|whom)\b/i;

const isCapitalised = (word: string): boolean => /^[\p{Lu}@]/u.test(word) || /^\p{Lu}/u.test(word.replace(/^[“"‘']/, ""));
const bare = (word: string): string => word.toLowerCase().replace(/[’']s$/, "");

/** Words worth comparing between a role and what the text said of a person ("Russian", "foreign", "minister"). */
export function descriptorWords(words: string[]): string[] {
  return words.map(bare).filter((word) => word.length > 1 && !DETERMINER.test(word) && !POSTMODIFIER.has(word) && word !== "and");
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, span: TextSpan): Word[] {
  return [...text.slice(span.start, span.end).matchAll(/[^\s,]+/g)].map((match) => ({
    text: match[0],
    start: span.start + match.index,
    end: span.start + match.index + match[0].length,
  }));
}

const spanOf = (words: Word[]): TextSpan => ({ start: words[0]!.start, end: words.at(-1)!.end });
const surfaceOf = (text: string, words: Word[]): string => text.slice(words[0]!.start, words.at(-1)!.end);

/** A run of capitalised words: a name after its titles ("US Secretary of State John Kerry"), a title alone, or a body. */
function capitalisedPhrase(text: string, words: Word[], definite: boolean): SpeakerPhrase | null {
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
  if (nameWords.length === 0)
    return { kind: "role", span, surface, descriptors: descriptorWords(titleWords), definite: true, plural: false };
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
    spokesperson: lower.some(isSpokespersonNoun),
  };
}

/** A noun phrase with lower-case words: a role ("the Russian foreign minister", "one diplomat close to …") or a body. */
function commonPhrase(text: string, words: Word[]): SpeakerPhrase | null {
  const span = spanOf(words);
  const surface = surfaceOf(text, words);
  const first = words[0]!.text;
  const owner = POSSESSIVE.exec(first)?.[1];
  const determiner = DETERMINER.test(first) || owner !== undefined ? first.toLowerCase() : null;
  const body = determiner === null ? words : words.slice(1);
  const cut = body.findIndex((word, index) => index > 0 && POSTMODIFIER.has(word.text.toLowerCase()));
  const core = cut === -1 ? body : body.slice(0, cut);
  const after = cut === -1 ? [] : body.slice(cut);
  if (core.length === 0 || core.length > 6) return null;
  const head = core.at(-1)!.text.toLowerCase();
  const descriptors = descriptorWords(words.map((word) => word.text));

  if (isSpokespersonNoun(head)) {
    // An unnamed spokesperson's words are the organisation's: "a State Department spokeswoman",
    // "a spokesman for the Kremlin", "Aalto’s spokeswoman".
    const forWhom = after[0]?.text.toLowerCase() === "for" ? after.slice(1) : [];
    const named = forWhom.length > 0 ? forWhom : core.length > 1 ? core.slice(0, -1) : [];
    if (named.length > 0) {
      const name = surfaceOf(text, named).replace(/^the\s+/i, "");
      return { kind: "organisation", span, surface, name, descriptors };
    }
    if (owner) return { kind: "organisation", span, surface, name: owner, descriptors };
    return { kind: "role", span, surface, descriptors, definite: false, plural: false };
  }
  if (ORGANISATION_NOUNS.has(head)) {
    const name = surface.replace(/^(?:the|a|an)\s+/i, "");
    return { kind: "organisation", span, surface, name, descriptors };
  }
  if (!ROLE_NOUNS.has(head)) return null;
  const plural = head.endsWith("s") && head !== "boss";
  const anonymous = determiner === null ? plural : INDEFINITE.has(determiner) || INDEFINITE.has(core[0]!.text.toLowerCase());
  return { kind: "role", span, surface, descriptors, definite: !anonymous, plural };
}

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
    if (phrase === null || phrase.kind === "pronoun" || core.length === words.length) return phrase;
    // "Dr Ruth Adler of the Centre for Maritime Studies": the name, described by what follows it.
    const span = spanOf(words);
    const extra = descriptorWords(words.slice(core.length).map((word) => word.text));
    return { ...phrase, span, surface: surfaceOf(text, words), descriptors: [...phrase.descriptors, ...extra] };
  }
  return commonPhrase(text, words);
}

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

/** Joins one conjunct's segments: a name with its roles ("Vessaria’s foreign minister, Anna Berg"), or one phrase. */
function conjunctPhrase(text: string, segments: Word[][]): SpeakerPhrase | null {
  const phrases: SpeakerPhrase[] = [];
  for (const segment of segments) {
    const phrase = segmentPhrase(text, segment);
    if (phrase === null) return null;
    if (phrase !== "aside") phrases.push(phrase);
  }
  const names = phrases.filter((phrase) => phrase.kind === "name");
  if (names.length > 1 || phrases.length === 0) return null;
  if (phrases.length === 1) return phrases[0]!;
  if (phrases.some((phrase) => phrase.kind === "pronoun")) return null;
  const span = { start: phrases[0]!.span.start, end: phrases.at(-1)!.span.end };
  const surface = text.slice(span.start, span.end);
  const name = names[0];
  const descriptors = phrases.flatMap((phrase) => ("descriptors" in phrase ? phrase.descriptors : []));
  if (name && name.kind === "name") {
    const spokesperson = name.spokesperson || phrases.some((phrase) => phrase.surface.split(/\s+/).some(isSpokespersonNoun));
    return { ...name, span, surface, descriptors, spokesperson };
  }
  return null;
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
