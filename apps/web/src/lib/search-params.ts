import type { StatementsQueryVariables, StatementKind } from "@parley/schema";
import { statementKindLabel } from "./labels";

/** The search page's words and filters, as its address holds them (so each search is a permalink). */
export interface SearchParams {
  q: string;
  actor: string;
  kind: StatementKind | "";
  topic: string;
}

type RawParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");

const isKind = (value: string): value is StatementKind => Object.hasOwn(statementKindLabel, value);

/** Reads the address's parameters; an unknown kind is ignored rather than refused. */
export function readSearchParams(raw: RawParams): SearchParams {
  const kind = one(raw.kind);
  return { q: one(raw.q), actor: one(raw.actor), kind: isKind(kind) ? kind : "", topic: one(raw.topic) };
}

/** True when the address asks for nothing yet: the page then only offers the form. */
export function isBlank(params: SearchParams): boolean {
  return !params.q && !params.actor && !params.kind && !params.topic;
}

export const RESULTS_PER_PAGE = 20;

/** The search's filters as the API takes them; empty ones are left out, so the preloaded and client queries match. */
export function searchFilters(params: SearchParams): Omit<StatementsQueryVariables, "first" | "after"> {
  return {
    ...(params.q && { search: params.q }),
    ...(params.actor && { speaker: params.actor }),
    ...(params.kind && { kinds: [params.kind] }),
    ...(params.topic && { topic: params.topic }),
  };
}

/** The API's variables for the search's first page. */
export function searchVariables(params: SearchParams): StatementsQueryVariables {
  return { first: RESULTS_PER_PAGE, ...searchFilters(params) };
}

/** The search's words and filters as an address's query (empty ones left out), for its export links. */
export function searchQuery(params: SearchParams): URLSearchParams {
  return new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ""));
}

/** What the search asks for, in words: a title for its exports. */
export function describeSearch(params: SearchParams): string {
  const parts = [
    params.q && `matching “${params.q}”`,
    params.actor && `by ${params.actor}`,
    params.kind && `of the kind ${statementKindLabel[params.kind].toLowerCase()}`,
    params.topic && `on ${params.topic}`,
  ];
  return ["Statements", ...parts.filter(Boolean)].join(" ");
}
