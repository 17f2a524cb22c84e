import { Prisma } from "@parley/db";

/** A half-open span [start, end) of a text, in JavaScript string indices. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * PostgreSQL's `websearch_to_tsquery` (words, "phrases", `or`, `-word`) with
 * every word also matching as a prefix, so that "Crim" finds "Crimea": each
 * lexeme of the parsed query gets `:*`, which the GIN index serves too.
 */
export function prefixQuery(configuration: "english" | "simple", search: string): Prisma.Sql {
  const parsed = Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${configuration}'`)}::regconfig, ${search})::text`;
  return Prisma.sql`regexp_replace(${parsed}, '''(?:[^'']|'''')+''', '\\&:*', 'g')::tsquery`;
}

// Markers ts_headline puts around matched words: control characters that
// never occur in a statement's text.
const startMark = "\u0001";
const stopMark = "\u0002";

/** ts_headline of the whole `text` with its matches between the markers `spansOfMarkedText` reads. */
export function markMatches(text: Prisma.Sql, query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ts_headline('english'::regconfig, ${text}, ${query},
    'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2))`;
}

/**
 * Where the marked words are in the original text. ts_headline reproduces the
 * text around its markers; should it ever not, no span is better than a wrong one.
 */
export function spansOfMarkedText(marked: string, original: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let plain = "";
  let start = -1;
  for (const character of marked) {
    if (character === startMark) start = plain.length;
    else if (character === stopMark && start >= 0) {
      spans.push({ start, end: plain.length });
      start = -1;
    } else plain += character;
  }
  return plain === original ? spans : [];
}
