import type { FieldPolicy } from "@apollo/client";

/** A statement's highlights (spans of its text, whatever their shape) by the words of the search that found it ("" for none). */
type Highlights = readonly unknown[];
type BySearch = Record<string, Highlights>;

const wordsOf = (variables: Record<string, unknown> | undefined) => (typeof variables?.["search"] === "string" ? variables["search"] : "");

/**
 * `Statement.highlights` says where the words of the search that found a statement are: it depends
 * on the search, not on the statement alone. The normalised cache keeps one statement per id, so
 * the highlights are kept per search's words, and a search asked again reads its own marks back,
 * not those of the last search that found the same statement.
 */
export const highlightsBySearch: FieldPolicy<BySearch, Highlights, Highlights | undefined> = {
  merge: (existing, incoming, { variables }) => ({ ...existing, [wordsOf(variables)]: incoming }),
  read: (existing, { variables }) => existing?.[wordsOf(variables)],
};
