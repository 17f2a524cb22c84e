"use client";

import { createContext, type ReactNode, useContext, useRef, useState } from "react";
import { type SelectedSpan, selectedSpan } from "../../lib/capture/selection-span";

const SelectionContext = createContext<SelectedSpan | null>(null);

/** The span last selected in the draft's text, for the forms that take a span from it. */
export const useSelectedSpan = () => useContext(SelectionContext);

interface SelectableTextProps {
  /** The offsets of every CR LF of the text (see `selectedSpan`). */
  crlfAt: number[];
  /** The marked text (`SourceText` with `positions`), and the forms that use what is selected in it. */
  text: ReactNode;
  children: ReactNode;
}

/**
 * The draft's text, where selecting words (with the mouse, or the keyboard where the browser lets
 * it) makes them the span of a new statement, or of one being edited ("Use the selected words").
 * Without scripts nothing happens here: the forms take the words typed.
 */
export function SelectableText({ crlfAt, text, children }: SelectableTextProps) {
  const [selected, setSelected] = useState<SelectedSpan | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const read = () => {
    const span = container.current && selectedSpan(container.current, crlfAt);
    if (span) setSelected(span);
  };
  return (
    <SelectionContext value={selected}>
      <div className="review-columns">
        <div ref={container} className="review-text" onPointerUp={read} onKeyUp={read}>
          {text}
          <p className="selection-status" aria-live="polite">
            {selected &&
              `Selected characters ${selected.start}–${selected.end}: “${selected.words.length > 80 ? `${selected.words.slice(0, 80)}…` : selected.words}”. “Add a statement” takes them.`}
          </p>
        </div>
        {children}
      </div>
    </SelectionContext>
  );
}
