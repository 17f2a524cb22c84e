import type { Client } from "pg";
import type { CountingServer } from "./capture";
import { type Explained, explainAll } from "./explain";

/**
 * One request per filter and order the API offers, run once each in the
 * bench so that the report shows the plan of every SQL statement they send:
 * each should reach its rows through an index, whatever the data's size.
 */
export interface FilterProbe {
  title: string;
  /** The GraphQL request body. */
  body: string;
}

export interface ProbeInputs {
  day: string;
  actor: string;
  event: string;
  topic: string;
  word: string;
}

/** The probes' arguments: an event of the busy day, and the topic most statements are about. */
export async function probeInputs(client: Client, day: string, actor: string, word: string): Promise<ProbeInputs> {
  const { rows: events } = await client.query<{ slug: string }>(
    `SELECT "slug" FROM "event" WHERE "starts_at" >= $1::timestamptz AND "starts_at" < $1::timestamptz + interval '1 day' ORDER BY "slug" LIMIT 1`,
    [`${day}T00:00:00.000Z`],
  );
  const { rows: topics } = await client.query<{ slug: string }>(
    `SELECT t."slug" FROM "topic" t JOIN "statement_topic" st ON st."topic_id" = t."id" GROUP BY t."slug" ORDER BY count(*) DESC, t."slug" LIMIT 1`,
  );
  return { day, actor, word, event: events[0]!.slug, topic: topics[0]!.slug };
}

const request = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

// No totalCount: it counts every match (a separate statement, the same for every order), which for a
// filter as wide as "every direct quote" reads a third of the table whatever the index.
const list = `pageInfo { endCursor } edges { node { slug } }`;

export function filterProbes(inputs: ProbeInputs): FilterProbe[] {
  const from = `${inputs.day}T00:00:00.000Z`;
  const to = new Date(Date.parse(from) + 86_400_000).toISOString();
  const month = new Date(Date.parse(from) + 30 * 86_400_000).toISOString();
  const timeline = (title: string, args: string) => ({
    title: `timeline ${title}`,
    body: request(`query ($from: DateTime!, $to: DateTime!) { timeline(from: $from, to: $to, ${args}) { ${list} } }`, { from, to: month }),
  });
  const statements = (title: string, args: string) => ({
    title: `statements ${title}`,
    body: request(`{ statements(${args}) { ${list} } }`),
  });
  return [
    timeline("over a month, first 20", "first: 20"),
    timeline("over a month, last 20", "last: 20"),
    timeline("by actors", `first: 20, actors: ["${inputs.actor}"]`),
    timeline("by topics", `first: 20, topics: ["${inputs.topic}"]`),
    timeline("by kinds", "first: 20, kinds: [MEETING, PRESS_CONFERENCE]"),
    timeline("by statuses", "first: 20, statuses: [OCCURRED]"),
    statements("in the order said, first 20", "first: 20"),
    statements("in the order said, last 20", "last: 20"),
    statements("by speaker", `first: 20, speaker: "${inputs.actor}"`),
    statements("by event", `first: 20, event: "${inputs.event}"`),
    statements("by kinds", "first: 20, kinds: [DIRECT_QUOTE]"),
    statements("by topic", `first: 20, topic: "${inputs.topic}"`),
    statements("by stance on a topic", `first: 20, topic: "${inputs.topic}", stance: OPPOSES`),
    statements("said within a day", `first: 20, saidFrom: "${from}", saidBefore: "${to}"`),
    statements("by search", `first: 20, search: "${inputs.word}"`),
    statements("by search and speaker", `first: 20, search: "${inputs.word}", speaker: "${inputs.actor}"`),
    {
      title: "actors by kind, first 20",
      body: request(`{ actors(first: 20, kinds: [STATE]) { edges { node { slug } } } }`),
    },
    {
      title: "actors by search",
      body: request(`{ actors(first: 20, search: "${inputs.actor.split("-")[0]}") { edges { node { slug } } } }`),
    },
    {
      title: "an actor's statements and events",
      body: request(
        `{ actor(slug: "${inputs.actor}") { statements(first: 20, kinds: [DIRECT_QUOTE]) { edges { node { slug } } } events(first: 20) { edges { node { slug } } } } }`,
      ),
    },
  ];
}

export interface ProbeResult {
  title: string;
  explained: Explained[];
}

/** Sends each probe once through the counting server and explains the SQL it sent. */
export async function explainProbes(
  counting: CountingServer,
  client: Client,
  sizes: Map<string, number>,
  inputs: ProbeInputs,
): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const probe of filterProbes(inputs)) {
    const { queries, status, response } = await counting.capture(probe.body);
    if (status !== 200 || response.includes('"errors"')) throw new Error(`${probe.title} failed: ${response.slice(0, 500)}`);
    results.push({ title: probe.title, explained: await explainAll(client, queries, sizes) });
  }
  return results;
}
