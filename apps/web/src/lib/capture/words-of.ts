/** How a form names a span of a draft's text: its exact words, and which occurrence when they repeat ("" when they occur once). */
export function wordsOf(text: string, span: { start: number; end: number }): { words: string; occurrence: string } {
  const words = text.slice(span.start, span.end);
  const starts: number[] = [];
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) starts.push(at);
  return { words, occurrence: starts.length > 1 ? String(starts.indexOf(span.start) + 1) : "" };
}
