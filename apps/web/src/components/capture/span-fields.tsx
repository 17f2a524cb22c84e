"use client";

import { useEffect, useRef } from "react";
import { describedBy, FieldError } from "../field-error";
import { useSelectedSpan } from "./selection";
import { useHydrated } from "../../lib/use-hydrated";

interface SpanFieldsProps {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  /** The span as the form shows it first: its words, and which occurrence ("" when they occur once). */
  words: string;
  occurrence: string;
  error: string | null;
  /** Whether a new selection in the text fills these fields at once (the "add" form) or on request. */
  follow: boolean;
}

/**
 * A statement's span: its exact words and, when they repeat, which occurrence (typed, which works
 * without scripts and from the keyboard), or the words selected in the text, whose offsets go along
 * in hidden fields (the server takes them when the words are still the ones selected).
 */
export function SpanFields({ id, words: shownWords, occurrence: shownOccurrence, error, follow }: SpanFieldsProps) {
  const selected = useSelectedSpan();
  const hydrated = useHydrated();
  const words = useRef<HTMLTextAreaElement>(null);
  const occurrence = useRef<HTMLInputElement>(null);
  const start = useRef<HTMLInputElement>(null);
  const end = useRef<HTMLInputElement>(null);

  const takeSelection = () => {
    if (!selected || !words.current || !occurrence.current || !start.current || !end.current) return;
    words.current.value = selected.words;
    occurrence.current.value = "";
    start.current.value = String(selected.start);
    end.current.value = String(selected.end);
  };
  useEffect(() => {
    if (follow) takeSelection();
    // Only a new selection fills the fields; typing in them afterwards is the reader's to keep.
  }, [selected, follow]);

  return (
    <fieldset className="span-fields">
      <legend>Span in the text</legend>
      <input ref={start} type="hidden" name="start" defaultValue="" />
      <input ref={end} type="hidden" name="end" defaultValue="" />
      <p>
        <label htmlFor={`${id}-words`}>Exact words</label>
        <textarea
          ref={words}
          id={`${id}-words`}
          name="words"
          rows={3}
          defaultValue={shownWords}
          aria-describedby={describedBy(`${id}-words`, error, true)}
          aria-invalid={error ? true : undefined}
        />
        <span id={`${id}-words-hint`} className="hint">
          Copied exactly from the text{hydrated ? ", or selected in it" : ""}. A direct quote is the words inside the quotation marks.
        </span>
        <FieldError id={`${id}-words`} message={error} />
      </p>
      <p>
        <label htmlFor={`${id}-occurrence`}>Occurrence</label>
        <input
          ref={occurrence}
          id={`${id}-occurrence`}
          name="occurrence"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={shownOccurrence}
          aria-describedby={`${id}-occurrence-hint`}
        />
        <span id={`${id}-occurrence-hint`} className="hint">
          Only when the words occur more than once: 1 for the first time, 2 for the second…
        </span>
      </p>
      {hydrated && !follow && (
        <p>
          <button type="button" className="button secondary" onClick={takeSelection} disabled={!selected}>
            Use the selected words
          </button>
        </p>
      )}
    </fieldset>
  );
}
