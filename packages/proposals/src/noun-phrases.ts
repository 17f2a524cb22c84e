import {
  BETWEEN_SUBJECT_AND_VERB,
  FINITE_AUXILIARIES,
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

/** A spokesperson, who speaks for the phrase's body or person: their name when the text gives it, and their gender. */
export interface Voice {
  name: string | null;
  gender?: "m" | "f";
}

/** What a noun phrase in a speaker's place says about who speaks. */
export type SpeakerPhrase =
  /** "she"; "his spokeswoman" is the pronoun's person, voiced by the spokeswoman. */
  | { kind: "pronoun"; span: TextSpan; surface: string; gender?: "m" | "f"; plural: boolean; voice?: Voice }
  /** A person's (or a named body's) name, with the titles and roles the phrase gives them. */
  | { kind: "name"; span: TextSpan; surface: string; name: string; gender?: "m" | "f"; descriptors: string[] }
  /** A role without a name: "the foreign minister" (definite: someone the text introduced) or "one diplomat" (anonymous). */
  | { kind: "role"; span: TextSpan; surface: string; descriptors: string[]; definite: boolean; plural: boolean }
  /** An organisation, or the organisation (or person) a spokesperson speaks for. */
  | { kind: "organisation"; span: TextSpan; surface: string; name: string; descriptors: string[]; voice?: Voice };

const DETERMINER = /^(?:the|a|an|one|two|three|several|some|many|his|her|their|its)$/i;
const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)[’']s$/u;
const CONNECTORS = new Set(["of", "the", "for", "to"]);
const POSTMODIFIER = new Set("who which that of in at for from on with close familiar based involved attending near inside to".split(" "));
const PARENTHETICAL = /^(?:for (?:his|her|their|its) part|in turn|however|meanwhile|too|though|in a statement|in an interview)$/i;
// "asked about …", "speaking on condition of anonymity", "reached by telephone": an aside between subject and verb.
const PARTICIPLE_PHRASE = /^(?:asked|speaking|writing|pressed|talking|answering|responding|interviewed)\b|^\p{Ll}[\p{Ll}-]*(?:ed|ing)\s/u;
const OWNER_PRONOUN: Record<string, { gender?: "m" | "f"; plural: boolean }> = {
  his: { gender: "m", plural: false },
  her: { gender: "f", plural: false },
  their: { plural: true },
};
const SPOKESPERSON_GENDER: Record<string, "m" | "f" | undefined> = { spokesman: "m", spokeswoman: "f" };
const RELATIVE = /^(?:who|which|whose|whom)\b/i;
const NOT_A_MODIFIER = /^(?:the|a|an|with|at|in|on|by|from|to|into|for|of|about|after|before|and|but|or|that|\p{Ll}+ed)$/u;

const isCapitalised = (word: string): boolean => /^[\p{Lu}@]/u.test(word) || /^\p{Lu}/u.test(word.replace(/^[“"‘'«]/, ""));
// "the weekly «Pogled»", "the daily “Morgenposten”": a title in quotation marks after a body's noun names the body.
const QUOTED_TITLE = /\s[«“"‘]([^«»“”"‘’]+)[»”"’]$/u;
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

/** A noun phrase with lower-case words: a role ("the Russian foreign minister", "one diplomat close to …") or a body. */
function commonPhrase(text: string, words: Word[]): SpeakerPhrase | null {
  const span = spanOf(words);
  const surface = surfaceOf(text, words);
  const first = words[0]!.text;
  const descriptors = descriptorWords(words.map((word) => word.text));
  // "One of them", "two of the delegates": some of a group, unnamed.
  if (INDEFINITE.has(first.toLowerCase()) && words[1]?.text.toLowerCase() === "of" && words.length <= 6)
    return { kind: "role", span, surface, descriptors, definite: false, plural: !/^(?:a|an|one)$/i.test(first) };
  const title = QUOTED_TITLE.exec(surface);
  const titled = title ? surface.slice(0, title.index).split(/\s+/).at(-1)!.toLowerCase() : "";
  if (title && ORGANISATION_NOUNS.has(titled)) return { kind: "organisation", span, surface, name: title[1]!, descriptors };
  const owner = POSSESSIVE.exec(first)?.[1];
  const determiner = DETERMINER.test(first) || owner !== undefined ? first.toLowerCase() : null;
  const body = determiner === null ? words : words.slice(1);
  const cut = body.findIndex((word, index) => index > 0 && POSTMODIFIER.has(word.text.toLowerCase()));
  const core = cut === -1 ? body : body.slice(0, cut);
  const after = cut === -1 ? [] : body.slice(cut);
  // A noun phrase holds no finite verb: "the administration was rewarding …" is a clause.
  if (core.length === 0 || core.length > 6 || core.some((word) => FINITE_AUXILIARIES.has(word.text.toLowerCase()))) return null;
  const head = core.at(-1)!.text.toLowerCase();

  if (isSpokespersonNoun(head)) {
    // A spokesperson's words are those of whom they speak for: "a State Department spokeswoman",
    // "a spokesman for the Kremlin in London", "Aalto’s spokeswoman", "his spokeswoman".
    const voice: Voice = { name: null, gender: SPOKESPERSON_GENDER[head] };
    const forWhom = after[0]?.text.toLowerCase() === "for" ? after.slice(1) : [];
    const whose = forWhom.findIndex((word, index) => index > 1 && POSTMODIFIER.has(word.text.toLowerCase()));
    const named = forWhom.length > 0 ? forWhom.slice(0, whose === -1 ? undefined : whose) : core.length > 1 ? core.slice(0, -1) : [];
    if (named.length > 0) {
      const name = surfaceOf(text, named)
        .replace(/^the\s+/i, "")
        .replace(/[’']s$/, "");
      return { kind: "organisation", span, surface, name, descriptors, voice };
    }
    if (owner) return { kind: "organisation", span, surface, name: owner, descriptors, voice };
    const ownerPronoun = determiner === null ? undefined : OWNER_PRONOUN[determiner];
    if (ownerPronoun) return { kind: "pronoun", span, surface, ...ownerPronoun, voice };
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

/**
 * A name after a role in lower case: "U.N. mediator Pierre Lambert", "union leader Pavel Drach". After a
 * spokesperson ("State Department spokesman Miguel Arroyo") it is the voice of the body named before.
 */
function nameAfterRole(text: string, words: Word[]): SpeakerPhrase | null {
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
