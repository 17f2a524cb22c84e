/** A selection in a text marked by `SourceText` (with `positions`), as a half-open span of the text. */
export interface SelectedSpan {
  start: number;
  end: number;
  /** The words as the page shows them (a line break of the text as one character). */
  words: string;
}

/**
 * The offset in the text of a boundary point of a selection inside `container`. Each stretch of the
 * text is an element saying where it starts (`data-at`); within it, the characters before the point
 * are counted, less the statement numbers (`sup`), which are no part of the text. HTML turns a CR LF
 * of the text into one LF, so the count is taken back to the text's own offsets through `crlfAt`, the
 * text's offsets of every CR LF.
 */
function offsetAt(container: HTMLElement, node: Node, offset: number, crlfAt: number[]): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const stretch = element?.closest<HTMLElement>("[data-at]");
  if (!stretch || !container.contains(stretch)) return null;
  const before = document.createRange();
  before.setStart(stretch, 0);
  before.setEnd(node, offset);
  const fragment = before.cloneContents();
  fragment.querySelectorAll("sup").forEach((note) => note.remove());
  const stretchStart = Number(stretch.dataset["at"]);
  let at = stretchStart + (fragment.textContent ?? "").length;
  // Each CR LF before the point (from the stretch's start on) is two characters of the text, one on the page.
  for (const crlf of crlfAt) {
    if (crlf < stretchStart) continue;
    if (crlf >= at) break;
    at++;
  }
  return at;
}

/** The current selection as a span of the text inside `container`, or null when there is none there. */
export function selectedSpan(container: HTMLElement, crlfAt: number[]): SelectedSpan | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetAt(container, range.startContainer, range.startOffset, crlfAt);
  const end = offsetAt(container, range.endContainer, range.endOffset, crlfAt);
  if (start === null || end === null || end <= start) return null;
  const words = range.cloneContents();
  words.querySelectorAll("sup").forEach((note) => note.remove());
  return { start, end, words: words.textContent ?? "" };
}

/** The offsets of every CR LF in `text`, for `selectedSpan`. */
export function crlfOffsets(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf("\r\n"); at !== -1; at = text.indexOf("\r\n", at + 2)) found.push(at);
  return found;
}
