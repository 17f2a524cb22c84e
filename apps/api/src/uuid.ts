// Database ids are UUIDs: a value of any other shape names no row, and must
// be refused before it reaches PostgreSQL (which would fail the whole query).
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}
