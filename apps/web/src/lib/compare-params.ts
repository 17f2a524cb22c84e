type RawParams = Record<string, string | string[] | undefined>;

/** The comparison the address asks for: `actors=a,b` (or `actors=a&actors=b`, as a form sends it) and `topic`. */
export interface CompareParams {
  actors: string[];
  topic: string;
}

const MOST_ACTORS = 4;

export function readCompareParams(raw: RawParams): CompareParams {
  const given = [raw.actors ?? []].flat().flatMap((value) => value.split(","));
  const actors = [...new Set(given.map((slug) => slug.trim()).filter(Boolean))].slice(0, MOST_ACTORS);
  return { actors, topic: typeof raw.topic === "string" ? raw.topic.trim() : "" };
}

/** The comparison as an address's query, `actors=a,b&topic=t`, for its export links. */
export function compareQuery({ actors, topic }: CompareParams): URLSearchParams {
  return new URLSearchParams({ actors: actors.join(","), ...(topic && { topic }) });
}

/** The article's point, offered when the address asks for nothing: the same words, opposite meanings. */
export const EXAMPLE_COMPARISON = "/compare?actors=john-kerry,sergei-lavrov&topic=choices-of-ukrainians";
