/**
 * PostgreSQL's text cannot hold U+0000 (NUL), nor a lone UTF-16 surrogate
 * (half of a character, which has no UTF-8 form): a string with either, sent
 * as a query parameter, fails the whole query ("invalid byte sequence for
 * encoding UTF8") on PostgreSQL and PGlite alike, and no stored text holds one.
 */
export function cannotBeStored(value: string): boolean {
  return unstorableAt(value) !== -1;
}

/** Where the first character no text can hold (NUL, or a lone surrogate) is in `value`; -1 when there is none. */
export function unstorableAt(value: string): number {
  return unstorable.exec(value)?.index ?? -1;
}

// NUL is what this looks for.
// eslint-disable-next-line no-control-regex
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
