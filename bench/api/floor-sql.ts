/**
 * The floors: answers the bench also asks of one SQL statement that builds the
 * JSON itself, served by floor-server.ts. Roughly the shapes of the API's
 * answers; global ids are plain UUIDs and cursors are left out. What any server
 * answering the same request must at least spend, measured in the same run.
 */

const actorBrief = (alias: string) => `json_build_object('slug', ${alias}."slug", 'name', ${alias}."name")`;

const relatedStatement = (join: "to_id" | "from_id") => `
  SELECT COALESCE(json_agg(json_build_object(
    'kind', r."kind",
    'statement', json_build_object('slug', o."slug", 'text', o."text", 'kind', o."kind", 'speaker', ${actorBrief("oa")})
  ) ORDER BY r."kind", r."${join}"), '[]'::json)
  FROM "statement_relation" r
  JOIN "statement" o ON o."id" = r."${join}"
  JOIN "actor" oa ON oa."id" = o."speaker_id"
  WHERE r."${join === "to_id" ? "from_id" : "to_id"}" = s."id"`;

/** A statement card's keys and values, `s` the statement, its event `ev`, excerpt `x`, source `src`, speaker `sp`, capacity `c` (`ca`, `cr`). */
const statementCardEntries = `
  'id', s."id", 'slug', s."slug", 'text', s."text", 'kind', s."kind",
  'saidAt', s."said_at", 'timePrecision', s."time_precision",
  'event', json_build_object('slug', ev."slug", 'title', ev."title", 'timeZone', ev."time_zone"),
  'speaker', json_build_object('id', sp."id", 'slug', sp."slug", 'name', sp."name", 'kind', sp."kind"),
  'capacity', CASE WHEN c."id" IS NULL THEN NULL ELSE json_build_object(
    'kind', c."kind", 'title', c."title", 'actor', ${actorBrief("ca")}, 'relatedActor', ${actorBrief("cr")}) END,
  'excerpt', json_build_object('start', x."start", 'end', x."end", 'source', json_build_object(
    'id', src."id", 'slug', src."slug", 'title', src."title", 'publisher', src."publisher", 'url', src."url", 'publishedOn', src."published_on")),
  'topics', (SELECT COALESCE(json_agg(json_build_object('slug', t."slug", 'name', t."name") ORDER BY t."name"), '[]'::json)
             FROM "statement_topic" st JOIN "topic" t ON t."id" = st."topic_id" WHERE st."statement_id" = s."id"),
  'stances', (SELECT COALESCE(json_agg(json_build_object(
                'position', sn."position",
                'topic', json_build_object('slug', t."slug", 'name', t."name"),
                'basis', CASE WHEN bx."id" IS NULL THEN NULL ELSE json_build_object(
                  'text', substr(bs."text", bx."start" + 1, bx."end" - bx."start")) END
              ) ORDER BY sn."id"), '[]'::json)
              FROM "stance" sn JOIN "topic" t ON t."id" = sn."topic_id"
              LEFT JOIN "excerpt" bx ON bx."id" = sn."basis_id" LEFT JOIN "source" bs ON bs."id" = bx."source_id"
              WHERE sn."statement_id" = s."id"),
  'relations', (${relatedStatement("to_id")}),
  'relatedBy', (${relatedStatement("from_id")})`;

const statementCard = `json_build_object(${statementCardEntries})`;

const participants = `(SELECT COALESCE(json_agg(json_build_object(
    'role', p."role",
    'actor', json_build_object('id', a."id", 'slug', a."slug", 'name', a."name", 'kind', a."kind")
  ) ORDER BY p."role", p."actor_id"), '[]'::json)
  FROM "event_participant" p JOIN "actor" a ON a."id" = p."actor_id" WHERE p."event_id" = ev."id")`;

/** The first 100 events of a day ($1 to $2), each event `ev` shown as `eventNode` builds it, with their count or without. */
const day = (eventNode: string, { totalCount }: { totalCount: boolean }) => `
WITH day AS MATERIALIZED (
  SELECT * FROM "event" WHERE "starts_at" >= $1 AND "starts_at" < $2
  ORDER BY "starts_at", "order_in_day", "slug" LIMIT 100
)
SELECT json_build_object('data', json_build_object('timeline', json_build_object(
  ${totalCount ? `'totalCount', (SELECT count(*) FROM "event" WHERE "starts_at" >= $1 AND "starts_at" < $2),` : ""}
  'edges', COALESCE((SELECT json_agg(json_build_object('node', ${eventNode}) ORDER BY ev."starts_at", ev."order_in_day", ev."slug") FROM day ev), '[]'::json)
))) AS "body"`;

/** The web's day: the Timeline query, with its EventCard and StatementCard fragments. */
export const floorDaySql = day(
  `json_build_object(
    'id', ev."id", 'slug', ev."slug", 'title', ev."title", 'kind', ev."kind", 'summary', ev."summary",
    'startsAt', ev."starts_at", 'endsAt', ev."ends_at", 'timePrecision', ev."time_precision", 'timeZone', ev."time_zone",
    'orderInDay', ev."order_in_day", 'status', ev."status",
    'place', CASE WHEN ev."place_name" IS NULL THEN NULL ELSE json_build_object('name', ev."place_name") END,
    'participants', ${participants},
    'topics', (SELECT COALESCE(json_agg(json_build_object('slug', t."slug", 'name', t."name") ORDER BY t."name"), '[]'::json)
               FROM "event_topic" et JOIN "topic" t ON t."id" = et."topic_id" WHERE et."event_id" = ev."id"),
    'statements', json_build_object(
      'totalCount', (SELECT count(*) FROM "statement" WHERE "event_id" = ev."id"),
      'edges', (SELECT COALESCE(json_agg(json_build_object('node', ${statementCard}) ORDER BY s."said_at", x."start", s."id"), '[]'::json)
                FROM (SELECT * FROM "statement" WHERE "event_id" = ev."id") s
                JOIN "excerpt" x ON x."id" = s."excerpt_id"
                JOIN "source" src ON src."id" = x."source_id"
                JOIN "actor" sp ON sp."id" = s."speaker_id"
                LEFT JOIN "actor_tie" c ON c."id" = s."capacity_id"
                LEFT JOIN "actor" ca ON ca."id" = c."actor_id"
                LEFT JOIN "actor" cr ON cr."id" = c."related_actor_id"))
  )`,
  { totalCount: true },
);

/** The contract's day (the day-contract scenario's fields): events, participants, statements, speakers, excerpts, sources' titles. */
export const floorContractDaySql = day(
  `json_build_object(
    'id', ev."id", 'slug', ev."slug", 'title', ev."title", 'kind', ev."kind", 'startsAt', ev."starts_at", 'timePrecision', ev."time_precision",
    'participants', ${participants},
    'statements', json_build_object(
      'edges', (SELECT COALESCE(json_agg(json_build_object('node', json_build_object(
                   'id', s."id", 'text', s."text", 'kind', s."kind",
                   'speaker', json_build_object('id', sp."id", 'slug', sp."slug", 'name', sp."name", 'kind', sp."kind"),
                   'excerpt', json_build_object('start', x."start", 'end', x."end", 'source', json_build_object('id', src."id", 'title', src."title"))
                 )) ORDER BY s."said_at", x."start", s."id"), '[]'::json)
                FROM (SELECT * FROM "statement" WHERE "event_id" = ev."id") s
                JOIN "excerpt" x ON x."id" = s."excerpt_id"
                JOIN "source" src ON src."id" = x."source_id"
                JOIN "actor" sp ON sp."id" = s."speaker_id"))
  )`,
  { totalCount: false },
);

// The query, written where it is used: as a constant, PostgreSQL parses it once (from a CTE's column, once per row it ranks).
const query = `regexp_replace(websearch_to_tsquery('english', $1)::text, '''(?:[^'']|'''')+''', '\\&:*', 'g')::tsquery`;

/**
 * A search, as the web's Statements query shows it: the first $2 statements
 * matching $1 (web-search syntax, every word also a prefix, as the API reads
 * it), best first, with the count of every match, each as its card with the
 * spans its words matched. Any ranked, counted search must at least find,
 * read and rank every match, then mark the page's texts (ts_headline, its
 * marks read as spans by the function the API's migrations made).
 */
export const floorSearchSql = `
WITH page AS MATERIALIZED (
  SELECT r."id", r."rank", count(*) OVER () AS "matches" FROM (
    SELECT s."id", ts_rank(s."search_vector", ${query})::float8 AS "rank" FROM "statement" s WHERE s."search_vector" @@ ${query} OFFSET 0
  ) r ORDER BY r."rank" DESC, r."id" DESC LIMIT $2
)
SELECT json_build_object('data', json_build_object('statements', json_build_object(
  'totalCount', COALESCE((SELECT max("matches") FROM page), 0),
  'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(${statementCardEntries}, 'highlights', (
                SELECT COALESCE(json_agg(json_build_object('start', h."start", 'end', h."end") ORDER BY h."start"), '[]'::json)
                FROM highlight_spans(ts_headline('english', s."text", ${query},
                  'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)), s."text") h)))
              ORDER BY page."rank" DESC, page."id" DESC)
             FROM page JOIN "statement" s ON s."id" = page."id"
             LEFT JOIN "event" ev ON ev."id" = s."event_id"
             JOIN "excerpt" x ON x."id" = s."excerpt_id"
             JOIN "source" src ON src."id" = x."source_id"
             JOIN "actor" sp ON sp."id" = s."speaker_id"
             LEFT JOIN "actor_tie" c ON c."id" = s."capacity_id"
             LEFT JOIN "actor" ca ON ca."id" = c."actor_id"
             LEFT JOIN "actor" cr ON cr."id" = c."related_actor_id"), '[]'::json)
))) AS "body"`;

/**
 * The floor server's paths: each one's SQL statement, with the parameters its
 * query string gives; a memoised path answers each query string from memory
 * after its first request, as a response cache would at best.
 */
export const floorQueries: Record<string, { sql: string; params: (query: URLSearchParams) => (string | null)[]; memoised?: true }> = {
  "/day": { sql: floorDaySql, params: (query) => [query.get("from"), query.get("to")] },
  "/day-cached": { sql: floorDaySql, params: (query) => [query.get("from"), query.get("to")], memoised: true },
  "/day-contract": { sql: floorContractDaySql, params: (query) => [query.get("from"), query.get("to")] },
  "/search": { sql: floorSearchSql, params: (query) => [query.get("q"), query.get("first")] },
};
