/**
 * PostgreSQL's text cannot hold U+0000 (NUL), nor a lone UTF-16 surrogate
 * (half of a character, which has no UTF-8 form): a string with either, sent
 * as a query parameter, fails the whole query ("invalid byte sequence for
 * encoding UTF8") on PostgreSQL and PGlite alike, and no stored text holds one.
 */
export function cannotBeStored(value: string): boolean {
  return value.includes("\u0000") || loneSurrogate.test(value);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
