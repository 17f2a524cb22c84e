import type { ApolloClient } from "@apollo/client";
import { StatementsDocument } from "@parley/schema";
import { isUnsettled, pickActor, pickedSlug, pickedText, pickTopic } from "./pick";
import { describeSearch, isBlank, type SearchParams, searchVariables } from "./search-params";

/**
 * The search's speaker and topic as typed (a name, some words of one, or a slug), each settled to
 * one record if it can be; `filters` is the search by slugs, what the API and the exports take.
 */
export async function settleSearch(client: ApolloClient, params: SearchParams) {
  const [speaker, topic] = await Promise.all([pickActor(client, params.actor), pickTopic(client, params.topic)]);
  return {
    speaker,
    topic,
    filters: { ...params, actor: pickedSlug(speaker), topic: pickedSlug(topic) },
    /** What the search asks for, in words, the speaker and topic by name: its results' title. */
    title: describeSearch({ ...params, actor: pickedText(speaker), topic: pickedText(topic) }),
    /** True when a typed name fits no record, or several: the results would not be what was asked for. */
    unsettled: isUnsettled(speaker) || isUnsettled(topic),
  };
}

/**
 * The search page's data: the settled search, and its first page of results (null when there is
 * nothing to search for), which the page describes as JSON-LD; the browser's client pages on.
 */
export async function loadSearch(client: ApolloClient, params: SearchParams) {
  const settled = await settleSearch(client, params);
  const variables = searchVariables(settled.filters);
  const firstPage =
    isBlank(params) || settled.unsettled ? null : (await client.query({ query: StatementsDocument, variables })).data.statements;
  return { ...settled, variables, firstPage };
}
