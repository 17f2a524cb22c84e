import { FINITE_AUXILIARIES, INDEFINITE, isSpokespersonNoun, ORGANISATION_NOUNS, ROLE_NOUNS, SPOKESPERSON_GENDER } from "./lexicon";
import {
  descriptorWords,
  DETERMINER,
  POSSESSIVE,
  POSTMODIFIER,
  type SpeakerPhrase,
  spanOf,
  surfaceOf,
  type Voice,
  type Word,
} from "./phrase-words";

const OWNER_PRONOUN: Record<string, { gender?: "m" | "f"; plural: boolean }> = {
  his: { gender: "m", plural: false },
  her: { gender: "f", plural: false },
  their: { plural: true },
};
// "the weekly «Pogled»", "the daily “Morgenposten”": a title in quotation marks after a body's noun names the body.
const QUOTED_TITLE = /\s[«“"‘]([^«»“”"‘’]+)[»”"’]$/u;

/** A noun phrase with lower-case words: a role ("the Russian foreign minister", "one diplomat close to …") or a body. */
export function commonPhrase(text: string, words: Word[]): SpeakerPhrase | null {
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
