"use client";

import { useRef, useState } from "react";
import type { Choice } from "../lib/pick";
import { describedBy, FieldError } from "./field-error";

interface PickerFieldProps {
  id: string;
  label: string;
  name: string;
  defaultValue: string;
  /** Where suggestions come from: /suggest/actors or /suggest/topics. */
  list: "actors" | "topics";
  /** What typing here does, for every reader: "Anyone when left empty". */
  hint: string;
  /** Names always suggested, whatever is typed (a draft's new actors). */
  fixed?: string[];
  /** Why the value was refused, shown beside the field. */
  error?: string | null;
}

// Wait for a pause in typing before asking, so a word typed fast costs one request.
const PAUSE_MS = 150;

/**
 * A text field of a GET form that suggests every matching actor or topic as words are typed
 * (a native `<datalist>`, so the browser's own keyboard handling and announcements apply).
 * Without scripts it is a plain text field: the server reads the words typed.
 */
export function PickerField({ id, label, name, defaultValue, list, hint, fixed = [], error = null }: PickerFieldProps) {
  const [choices, setChoices] = useState<Choice[]>([]);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef("");

  const suggest = (words: string) => {
    clearTimeout(pending.current);
    latest.current = words;
    if (words === "") return setChoices([]);
    pending.current = setTimeout(async () => {
      try {
        const response = await fetch(`/suggest/${list}?q=${encodeURIComponent(words)}`);
        const { choices: found } = (await response.json()) as { choices: Choice[] };
        // An answer to words since changed would offer the wrong choices.
        if (latest.current === words) setChoices(found);
      } catch {
        // Suggestions are a convenience: the typed words still go with the form.
      }
    }, PAUSE_MS);
  };

  return (
    <p className="picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        list={`${id}-choices`}
        defaultValue={defaultValue}
        autoComplete="off"
        aria-describedby={describedBy(id, error, true)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => suggest(event.target.value.trim())}
      />
      <datalist id={`${id}-choices`}>
        {fixed.map((choice) => (
          <option key={`fixed-${choice}`} value={choice} />
        ))}
        {choices.map((choice) => (
          <option key={choice.slug} value={choice.name} />
        ))}
      </datalist>
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
      <FieldError id={id} message={error} />
    </p>
  );
}
