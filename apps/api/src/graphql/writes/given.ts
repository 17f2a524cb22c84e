/**
 * The fields of an update input that were given. GraphQL lets a client send
 * null for any optional field: for a field that may be empty (an event's end)
 * null empties it, and those are listed in `clearable`; for the rest (a title)
 * null means the same as leaving the field out.
 */
export function given<T extends object, K extends keyof T = never>(
  input: T,
  clearable: readonly K[] = [],
): { [P in keyof T]?: P extends K ? T[P] : Exclude<T[P], null> } {
  return Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => value !== undefined && (value !== null || (clearable as readonly string[]).includes(key)),
    ),
  ) as { [P in keyof T]?: P extends K ? T[P] : Exclude<T[P], null> };
}
