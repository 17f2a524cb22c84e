/**
 * Rows of Prisma's models built as JSON by PostgreSQL, under their Prisma
 * fields' names, for queries that bring a row's relations along in one SQL
 * statement; and the revival of what JSON cannot carry (dates).
 */

export const actorJson = (a: string) => `json_build_object('id', ${a}.id, 'slug', ${a}.slug, 'name', ${a}.name, 'kind', ${a}.kind,
  'description', ${a}.description, 'createdAt', ${a}.created_at, 'version', ${a}.version)`;

/**
 * A row's `fields` as JSON, each read from its column: the schema maps a field
 * to its name in snake case (`createdAt` to `created_at`).
 */
export const fieldsJson = (fields: readonly string[]) => (alias: string) =>
  `json_build_object(${fields.map((field) => `'${field}', ${alias}."${field.replace(/[A-Z]/g, (upper) => `_${upper.toLowerCase()}`)}"`).join(", ")})`;

export const topicJson = (t: string) =>
  `json_build_object('id', ${t}.id, 'slug', ${t}.slug, 'name', ${t}.name, 'description', ${t}.description)`;

/**
 * The row of `table` whose id is `id`, as JSON, by a subquery of its own:
 * PostgreSQL runs it per outer row through the primary key. As joins, a day's
 * rows (estimated at twice their number) were planned as hash joins over the
 * whole actor and tie tables.
 */
export const oneJson = (json: (alias: string) => string, table: string, alias: string, id: string) =>
  `(SELECT ${json(alias)} FROM ${table} ${alias} WHERE ${alias}.id = ${id})`;

/** A value as JSON carries it: dates as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

/**
 * Makes the ISO strings at `keys` of an object parsed from JSON into Dates, in
 * place (a null stays null): the parsed JSON belongs to the query that read
 * it, and copying a day's trees to revive them was garbage for the collector.
 */
export function reviveDates<Row extends object>(row: Row, keys: readonly (keyof Row)[]): void {
  const values = row as Record<keyof Row, unknown>;
  for (const key of keys) {
    const value = values[key];
    if (typeof value === "string") values[key] = new Date(value);
  }
}
