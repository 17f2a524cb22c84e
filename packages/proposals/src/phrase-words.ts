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

export const DETERMINER = /^(?:the|a|an|one|two|three|several|some|many|his|her|their|its)$/i;
export const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)[’']s$/u;
export const CONNECTORS = new Set(["of", "the", "for", "to"]);
export const POSTMODIFIER = new Set(
  "who which that of in at for from on with close familiar based involved attending near inside to".split(" "),
);

export const isCapitalised = (word: string): boolean => /^[\p{Lu}@]/u.test(word) || /^\p{Lu}/u.test(word.replace(/^[“"‘'«]/, ""));
export const bare = (word: string): string => word.toLowerCase().replace(/[’']s$/, "");

/** Words worth comparing between a role and what the text said of a person ("Russian", "foreign", "minister"). */
export function descriptorWords(words: string[]): string[] {
  return words.map(bare).filter((word) => word.length > 1 && !DETERMINER.test(word) && !POSTMODIFIER.has(word) && word !== "and");
}

/** A word of a phrase, as written, with its place. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a span, split at white space and commas. */
export function wordsOf(text: string, span: TextSpan): Word[] {
  return [...text.slice(span.start, span.end).matchAll(/[^\s,]+/g)].map((match) => ({
    text: match[0],
    start: span.start + match.index,
    end: span.start + match.index + match[0].length,
  }));
}

export const spanOf = (words: Word[]): TextSpan => ({ start: words[0]!.start, end: words.at(-1)!.end });
export const surfaceOf = (text: string, words: Word[]): string => text.slice(words[0]!.start, words.at(-1)!.end);
