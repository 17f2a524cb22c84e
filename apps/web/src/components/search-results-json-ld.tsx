import { StatementsDocument, type StatementsQueryVariables } from "@parley/schema";
import { requestOrigin } from "../lib/origin";
import { query } from "../lib/rsc-client";
import { recordsJsonLd } from "../lib/schema-org";
import { JsonLd } from "./json-ld";

/** A search's first page of results as schema.org JSON-LD, with how many there are in all. */
export async function SearchResultsJsonLd({ name, variables }: { name: string; variables: StatementsQueryVariables }) {
  const { statements } = (await query({ query: StatementsDocument, variables })).data;
  const records = { kind: "statements" as const, statements: statements.edges.map((edge) => edge.node) };
  return <JsonLd data={recordsJsonLd(name, records, await requestOrigin(), statements.totalCount)} />;
}
