import { type RawBuilder, sql } from "kysely";

/** JSON's text of an instant as `Date#toISOString` writes it, as the DateTime scalar serializes. */
export const isoInstant = (instant: RawBuilder<unknown>) =>
  sql<string>`to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A calendar date as the Date scalar serializes it. */
export const calendarDate = (date: RawBuilder<unknown>) => sql<string>`to_char(${date}, 'YYYY-MM-DD')`;

/** base64 of UTF-8 text without line breaks (PostgreSQL's `encode` breaks lines every 76 characters). */
export const base64 = (text: RawBuilder<unknown>) => sql<string>`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'\\n', '')`;

/** base64url without padding, as Node's `toString("base64url")` writes it. */
export const base64url = (text: RawBuilder<unknown>) =>
  sql<string>`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

/** A Relay global id (relay/global-id.ts): base64 of "Type:databaseId". */
export const globalIdSql = (type: string, id: RawBuilder<unknown>) => base64(sql`${sql.lit(`${type}:`)} || ${id}::text`);

/** Text as a JSON string literal, escaped as `JSON.stringify` escapes it. */
export const jsonString = (text: RawBuilder<unknown>) => sql<string>`to_json(${text}::text)::text`;

// json_build_object takes at most 100 arguments.
export const MAX_OBJECT_KEYS = 50;

/** A JSON object of these keys and values, in this order: GraphQL's response order. */
export function jsonObject(entries: [string, RawBuilder<unknown>][]): RawBuilder<unknown> {
  if (entries.length === 0) return sql`'{}'::json`;
  return sql`json_build_object(${sql.join(entries.map(([key, entry]) => sql`${sql.lit(key)}, ${entry}`))})`;
}

/**
 * A float8 as JSON's text, as `JSON.stringify` writes the same double: both
 * write the shortest digits that read back exactly, but PostgreSQL turns to
 * an exponent below 1e-4, JavaScript below 1e-6, and PostgreSQL pads the
 * exponent to two digits. (Above 1e15 they differ again; no rank comes near.)
 */
export const jsonFloat = (value: RawBuilder<unknown>) => {
  const text = sql`(${value})::float8::text`;
  return sql<string>`CASE
    WHEN ${text} ~ 'e-05$' THEN regexp_replace(${text}, '^(-?)(\\d)\\.?(\\d*)e-05$', '\\10.0000\\2\\3')
    WHEN ${text} ~ 'e-06$' THEN regexp_replace(${text}, '^(-?)(\\d)\\.?(\\d*)e-06$', '\\10.00000\\2\\3')
    ELSE regexp_replace(${text}, 'e-0(\\d)$', 'e-\\1') END`;
};
