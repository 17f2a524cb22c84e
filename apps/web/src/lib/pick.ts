import type { ApolloClient } from "@apollo/client";
import { ActorNameDocument, ActorsDocument, TopicDocument, TopicsDocument } from "@parley/schema";

/** An actor or topic a picker can name. */
export interface Choice {
  slug: string;
  name: string;
}

/** What a picker's typed text names: nothing (no filter), one record, none, or several to choose from. */
export type Picked =
  | { status: "none" }
  | { status: "found"; choice: Choice }
  | { status: "unknown"; text: string }
  | { status: "ambiguous"; text: string; choices: Choice[] };

/** How many records a picker suggests, or offers when typed words fit several. */
export const MOST_CHOICES = 10;

const looksLikeSlug = (text: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);

/**
 * Reads what was typed into a picker, with or without scripts: a slug names its record; other
 * words name the one record the API's search finds for them, or the one whose name they are
 * exactly. Anything else is for the reader to settle.
 */
async function pick(
  text: string,
  bySlug: (slug: string) => Promise<Choice | null>,
  search: (words: string) => Promise<Choice[]>,
): Promise<Picked> {
  if (text === "") return { status: "none" };
  const named = looksLikeSlug(text) ? await bySlug(text) : null;
  if (named) return { status: "found", choice: named };
  const choices = await search(text);
  const exact = choices.filter((choice) => choice.name.toLowerCase() === text.toLowerCase());
  const only = choices.length === 1 ? choices : exact;
  if (only.length === 1 && only[0]) return { status: "found", choice: only[0] };
  return choices.length === 0 ? { status: "unknown", text } : { status: "ambiguous", text, choices };
}

/** The actors whose names (or names the sources use) begin with the words, by name. */
export async function searchActors(client: ApolloClient, words: string): Promise<Choice[]> {
  const { data } = await client.query({ query: ActorsDocument, variables: { search: words, first: MOST_CHOICES } });
  return data.actors.edges.map((edge) => edge.node);
}

/** The topics whose names begin with the words, by slug. */
export async function searchTopics(client: ApolloClient, words: string): Promise<Choice[]> {
  const { data } = await client.query({ query: TopicsDocument, variables: { search: words, first: MOST_CHOICES } });
  return data.topics.edges.map((edge) => edge.node);
}

export function pickActor(client: ApolloClient, text: string): Promise<Picked> {
  return pick(
    text,
    async (slug) => (await client.query({ query: ActorNameDocument, variables: { slug } })).data.actor,
    (words) => searchActors(client, words),
  );
}

export function pickTopic(client: ApolloClient, text: string): Promise<Picked> {
  return pick(
    text,
    async (slug) => (await client.query({ query: TopicDocument, variables: { slug } })).data.topic,
    (words) => searchTopics(client, words),
  );
}

/** True when typed words fit no record, or several: what they ask for cannot be shown. */
export const isUnsettled = (picked: Picked) => picked.status === "unknown" || picked.status === "ambiguous";

/** The record typed words name: null when nothing was typed or they name no one record. */
export const pickedChoice = (picked: Picked): Choice | null => (picked.status === "found" ? picked.choice : null);

/** The slug a pick filters by: empty when nothing was typed or the text names no one record. */
export const pickedSlug = (picked: Picked) => pickedChoice(picked)?.slug ?? "";

/** What a picker shows again: the found record's name, or the words as typed. */
export const pickedText = (picked: Picked) =>
  picked.status === "found" ? picked.choice.name : picked.status === "none" ? "" : picked.text;
