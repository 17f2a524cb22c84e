import type { Entities, Entity } from "./entities";
import { NOT_NAMES, ROLE_NOUNS, TITLE_WORDS } from "./lexicon";
import { parseSubject } from "./noun-phrases";
import { descriptorWords, type SpeakerPhrase } from "./phrase-words";
import type { TextSpan } from "./types";

// A run of capitalised words, "of" inside a title ("Secretary of State") included.
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:of\s+(?=State\b|Defen[cs]e\b|Justice\b))?\p{Lu}[\p{L}\p{M}.’'-]*)*/gu;
const POSSESSIVE = /[’']s$/;
const JOINER = /^(?:and|but|or|where|while|when|as|with|whereas)\s+/;
// A capitalised run after "of the" or "for" names a body or a place ("the Centre for Maritime Studies").
const AFTER_PREPOSITION = /\b(?:of|for|of the|for the|in|in the)\s+$/;

/**
 * A role or body that describes a name; before the name, the end of a longer stretch may be it ("…, according to
 * its country director, Marguerite Fontaine").
 */
function describingPhrase(text: string, span: TextSpan, endOnly: boolean): Extract<SpeakerPhrase, { descriptors: string[] }> | null {
  const starts = endOnly ? [...text.slice(span.start, span.end).matchAll(/(?:^|\s)(?=\S)/g)].map((match) => span.start + match.index) : [];
  for (const start of [span.start, ...starts.slice(1)]) {
    const phrases = parseSubject(text, { start: text[start] === " " ? start + 1 : start, end: span.end });
    const phrase = phrases?.length === 1 ? phrases[0]! : null;
    if (phrase?.kind === "role" || phrase?.kind === "organisation") return phrase;
  }
  return null;
}

/** Roles said of a name beside it: "Vessaria’s foreign minister, Anna Berg", "Anna Berg, the foreign minister,". */
function appositives(text: string, masked: string, run: TextSpan, sentence: TextSpan): { words: string[]; surfaces: string[] } {
  const words: string[] = [];
  const surfaces: string[] = [];
  const after = /^,\s+([^,.;:!?]{2,80}?)(?=\s*[,.;:!?]|$)/.exec(masked.slice(run.end, sentence.end));
  const before = /(?:^|[,;:]\s*|\band\s+)([^,;:]{2,60}?),\s+$/.exec(masked.slice(sentence.start, run.start));
  for (const match of [after, before]) {
    if (!match) continue;
    // "…, and Estland’s foreign minister, Henrik Aalto" describes the name after it, not the one before.
    if (match === after && JOINER.test(match[1]!)) continue;
    const joiner = JOINER.exec(match[1]!)?.[0].length ?? 0;
    const start = (match === after ? run.end : sentence.start) + match.index + match[0].indexOf(match[1]!) + joiner;
    const phrase = describingPhrase(text, { start, end: start + match[1]!.length - joiner }, match === before);
    if (phrase) {
      words.push(...phrase.descriptors);
      surfaces.push(phrase.surface);
    }
  }
  // "U.N. mediator Pierre Lambert", "Kremlin spokesman Dmitry Peskov": a role written just before the name.
  const lead = /((?:[\p{L}.]+\s+){0,2}[\p{Ll}]+)\s+$/u.exec(masked.slice(sentence.start, run.start));
  const leadWords = lead?.[1]!.split(/\s+/) ?? [];
  if (leadWords.length > 0 && (ROLE_NOUNS.has(leadWords.at(-1)!) || TITLE_WORDS.has(leadWords.at(-1)!)))
    words.push(...descriptorWords(leadWords));
  return { words, surfaces };
}

interface NameInText {
  sentence: TextSpan;
  run: TextSpan;
  phrase: Extract<SpeakerPhrase, { kind: "name" }>;
  /** After "of", "for", "in the": a body or a place, unless the text names a person so. */
  afterPreposition: boolean;
}

// A sentence's first word is capitalised whatever it is ("But Ms Berg", "When Mr Kerry"); a title is not
// ("Secretary of State Helen M. Carver").
const isOpener = (word: string): boolean => NOT_NAMES.has(word) && !(TITLE_WORDS.has(word) && !CONNECTORS.has(word));
const CONNECTORS = new Set(["of", "the", "for", "to"]);
const isPersonPhrase = (phrase: NameInText["phrase"]): boolean =>
  phrase.name.includes(" ") || phrase.gender !== undefined || phrase.descriptors.length > 0;

/** The names a sentence gives outside quotations, each with the run of words it was read from. */
function namesIn(text: string, masked: string, sentence: TextSpan): NameInText[] {
  const names: NameInText[] = [];
  for (const match of masked.slice(sentence.start, sentence.end).matchAll(CAPITALISED_RUN)) {
    let start = sentence.start + match.index;
    let words = match[0];
    while (/\s/.test(words) && isOpener(words.split(/\s/, 1)[0]!.toLowerCase())) {
      const skip = words.search(/\s/) + 1;
      start += skip;
      words = words.slice(skip).trimStart();
    }
    // A full stop after a lower-case letter ends the sentence ("… the capital, Port Albin.").
    words = words.replace(/(?<=\p{Ll})\.$/u, "");
    if (POSSESSIVE.test(words) || NOT_NAMES.has(words.toLowerCase())) continue;
    const afterPreposition = AFTER_PREPOSITION.test(masked.slice(sentence.start, start)) && !/^(?:Mr|Ms|Mrs|Dr)\b/.test(words);
    const run = { start, end: start + words.length };
    const phrase = parseSubject(text, run)?.[0];
    if (phrase?.kind === "name") names.push({ sentence, run, phrase, afterPreposition });
  }
  return names;
}

/**
 * First pass over the text: every person it names outside quotations, with the titles and roles it gives them.
 * Full names are registered before any surname is looked up, so a surname or a role met before the full name
 * (a live blog's newest entry comes first) still finds it. Returns each sentence's first person named.
 */
export function introducePeople(
  text: string,
  masked: string,
  sentences: TextSpan[],
  entities: Entities,
): Map<TextSpan, { entity: Entity; at: number }> {
  const names = sentences.flatMap((sentence) => namesIn(text, masked, sentence));
  for (const { phrase, afterPreposition } of names) if (isPersonPhrase(phrase) && !afterPreposition) entities.introducePerson(phrase);
  const firstNamed = new Map<TextSpan, { entity: Entity; at: number }>();
  for (const { sentence, run, phrase, afterPreposition } of names) {
    const surface = text.slice(run.start, run.end);
    if (afterPreposition && !entities.personNamed(surface)) continue;
    const known = isPersonPhrase(phrase) ? entities.introducePerson(phrase) : entities.personNamed(phrase.name);
    if (!known) continue;
    const described = appositives(text, masked, run, sentence);
    entities.describe(known, described.words);
    for (const mention of [surface, ...described.surfaces]) entities.mention(known, mention);
    // "The mayor of Ness Upper, Jonas Kvist, …": a name after a preposition is not the sentence's subject.
    if (!firstNamed.has(sentence) && !afterPreposition) firstNamed.set(sentence, { entity: known, at: run.start });
  }
  return firstNamed;
}
