/** A half-open span [start, end) of a text, and what it belongs to. */
export interface Span<T> {
  start: number;
  end: number;
  item: T;
}

/** A stretch of the text that the same spans cover throughout. */
export interface Segment<T> {
  /** Where it starts in the text. */
  start: number;
  text: string;
  /** The spans that cover all of it (none for plain text). */
  covering: T[];
  /** The spans that begin where it does. */
  starting: T[];
  /** The spans that end where it does. */
  ending: T[];
}

/**
 * Cuts a text at every span's start and end, so that spans that nest or overlap can each be
 * marked without breaking the text's order: each segment lists the spans covering it.
 */
export function segmentText<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])]
    .filter((cut) => cut >= 0 && cut <= text.length)
    .sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    segments.push({
      start,
      text: text.slice(start, end),
      covering: spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.item),
      starting: spans.filter((span) => span.start === start).map((span) => span.item),
      ending: spans.filter((span) => span.end === end).map((span) => span.item),
    });
  }
  return segments;
}
