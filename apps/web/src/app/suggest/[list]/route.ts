import type { NextRequest } from "next/server";
import { plainText } from "../../../lib/plain-text";
import { loadFromApi } from "../../../lib/load-from-api";
import { searchActors, searchTopics } from "../../../lib/pick";
import { makeServerClient } from "../../../lib/server-client";

const lists = { actors: searchActors, topics: searchTopics };

/** What a picker suggests for the words typed so far: /suggest/actors?q=… or /suggest/topics?q=…, as JSON `{ choices: [{ slug, name }] }`. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ list: string }> }) {
  const { list } = await params;
  if (list !== "actors" && list !== "topics")
    return plainText(404, `No list of suggestions is called “${list}”: ask for actors or topics.`);
  const words = (request.nextUrl.searchParams.get("q") ?? "").trim();
  if (words === "") return Response.json({ choices: [] });
  const loaded = await loadFromApi(() => lists[list](makeServerClient(), words));
  if (loaded.status !== "found") return plainText(503, "The Parley API could not be reached.", { "retry-after": "10" });
  return Response.json(
    { choices: loaded.data.map(({ slug, name }) => ({ slug, name })) },
    { headers: { "cache-control": "public, max-age=60" } },
  );
}
