import type { Entities, Entity } from "./entities";
import { NOT_NAMES, ROLE_NOUNS, TITLE_WORDS } from "./lexicon";
import { descriptorWords, parseSubject } from "./noun-phrases";
import type { TextSpan } from "./types";

// A run of capitalised words, "of" inside a title ("Secretary of State") included.
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:of\s+(?=State\b|Defen[cs]e\b|Justice\b))?\p{Lu}[\p{L}\p{M}.’'-]*)*/gu;
const POSSESSIVE = /[’']s$/;
const JOINER = /^(?:and|but|or|where|while|when|as|with|whereas)\s+/;
// A capitalised run after "of the" or "for" names a body or a place ("the Centre for Maritime Studies").
const AFTER_PREPOSITION = /\b(?:of|for|of the|for the|in|in the)\s+$/;

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
    const phrases = parseSubject(text, { start, end: start + match[1]!.length - joiner });
    const phrase = phrases?.length === 1 ? phrases[0]! : null;
    if (phrase && (phrase.kind === "role" || phrase.kind === "organisation")) {
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

/**
 * First pass over the text: every person it names outside quotations, with the titles and roles it gives them,
 * so a surname or a role met before the full name still finds it. Returns each sentence's first person named.
 */
export function introducePeople(
  text: string,
  masked: string,
  sentences: TextSpan[],
  entities: Entities,
): Map<TextSpan, { entity: Entity; at: number }> {
  const firstNamed = new Map<TextSpan, { entity: Entity; at: number }>();
  for (const sentence of sentences) {
    for (const match of masked.slice(sentence.start, sentence.end).matchAll(CAPITALISED_RUN)) {
      let start = sentence.start + match.index;
      let words = match[0];
      // A sentence's first word is capitalised whatever it is ("But Ms Berg", "When Mr Kerry").
      while (/\s/.test(words) && NOT_NAMES.has(words.split(/\s/, 1)[0]!.toLowerCase())) {
        const skip = words.search(/\s/) + 1;
        start += skip;
        words = words.slice(skip).trimStart();
      }
      // A full stop after a lower-case letter ends the sentence ("… the capital, Port Albin.").
      words = words.replace(/(?<=\p{Ll})\.$/u, "");
      if (POSSESSIVE.test(words) || NOT_NAMES.has(words.toLowerCase())) continue;
      const afterPreposition = AFTER_PREPOSITION.test(masked.slice(sentence.start, start));
      if (afterPreposition && !/^(?:Mr|Ms|Mrs|Dr)\b/.test(words) && !entities.personNamed(words)) continue;
      const run = { start, end: start + words.length };
      const phrase = parseSubject(text, run)?.[0];
      if (phrase?.kind !== "name") continue;
      const isPerson = phrase.name.includes(" ") || phrase.gender !== undefined || phrase.descriptors.length > 0;
      const known = isPerson ? entities.introducePerson(phrase) : entities.personNamed(phrase.name);
      if (!known) continue;
      const described = appositives(text, masked, run, sentence);
      entities.describe(known, described.words);
      for (const surface of [words, ...described.surfaces]) entities.mention(known, surface);
      if (!firstNamed.has(sentence)) firstNamed.set(sentence, { entity: known, at: run.start });
    }
  }
  return firstNamed;
}
