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

/** The API's variables for the search: an empty field in the form means any, so it is left out. */
export function searchVariables(params: SearchParams): StatementsQueryVariables {
  return {
    first: RESULTS_PER_PAGE,
    ...(params.q && { search: params.q }),
    ...(params.actor && { speaker: params.actor }),
    ...(params.kind && { kinds: [params.kind] }),
    ...(params.topic && { topic: params.topic }),
  };
}
