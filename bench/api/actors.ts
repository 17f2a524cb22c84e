import type { Client } from "pg";

export interface ChosenActor {
  slug: string;
  name: string;
  id: string;
  statements: number;
  events: number;
}

/**
 * A speaker of the busy day whose number of statements is nearest `statements`
 * (ties by slug, so every run picks the same one), with how many statements and
 * events it has.
 */
export async function chooseActor(client: Client, day: string, statements: number): Promise<ChosenActor> {
  const { rows } = await client.query<{ slug: string; name: string; id: string; statements: string; events: string }>(
    `WITH counted AS (SELECT "speaker_id", count(*) AS n FROM "statement" GROUP BY "speaker_id")
     SELECT a."slug", a."name", a."id", c.n AS "statements",
            (SELECT count(DISTINCT "event_id") FROM "event_participant" WHERE "actor_id" = a."id") AS "events"
     FROM counted c JOIN "actor" a ON a."id" = c."speaker_id"
     WHERE EXISTS (SELECT 1 FROM "statement" s WHERE s."speaker_id" = a."id" AND s."said_at" >= $1 AND s."said_at" < $1::timestamptz + interval '1 day')
     ORDER BY abs(c.n - $2::float8), a."slug" LIMIT 1`,
    [`${day}T00:00:00Z`, statements],
  );
  const { slug, name, id, statements: count, events } = rows[0]!;
  return { slug, name, id, statements: Number(count), events: Number(events) };
}
