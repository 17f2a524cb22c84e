"use client";

import { addStatement } from "../../actions/review";
import type { Resumed } from "../../lib/capture/resume";
import { statementKindLabel } from "../../lib/labels";
import { PickerField } from "../picker-field";
import { SelectField } from "../select-field";
import { FormStatus } from "./form-status";
import { SpanFields } from "./span-fields";
import { useEditForm } from "./use-edit-form";

interface AddStatementProps {
  draftId: string;
  version: number;
  newActors: string[];
  /** The event a statement added goes to unless another is typed: the draft's new event, if it has one. */
  event: string;
  resumed: Resumed | null;
}

const FORM_ID = "add-statement";

/**
 * A statement the proposals missed: selecting its words in the text fills the span (with scripts);
 * typing them, and which occurrence, does the same from the keyboard or without scripts.
 */
export function AddStatement({ draftId, version, newActors, event, resumed }: AddStatementProps) {
  const { state, action, pending, form, value, errorOn } = useEditForm(addStatement, FORM_ID, resumed);
  return (
    <section id={FORM_ID} aria-labelledby={`${FORM_ID}-title`} className="add-statement">
      <h3 id={`${FORM_ID}-title`}>Add a statement</h3>
      <form ref={form} action={action} className="stacked-form review-form">
        <input type="hidden" name="id" value={draftId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="ACCEPTED" />
        <SpanFields
          id={`${FORM_ID}-span`}
          words={value("words", "")}
          occurrence={value("occurrence", "")}
          error={errorOn("words")}
          follow
        />
        <SelectField
          id={`${FORM_ID}-kind`}
          label="Kind"
          name="kind"
          value={value("kind", "DIRECT_QUOTE")}
          options={Object.entries(statementKindLabel)}
        />
        <PickerField
          id={`${FORM_ID}-speaker`}
          label="Speaker"
          name="speaker"
          defaultValue={value("speaker", "")}
          list="actors"
          hint="A known actor (name or slug), or a new actor of this draft. A name Parley does not know becomes a new actor."
          fixed={newActors}
          error={errorOn("speaker")}
        />
        <p>
          <label htmlFor={`${FORM_ID}-event`}>Event</label>
          <input
            id={`${FORM_ID}-event`}
            name="event"
            list={`${draftId}-new-events`}
            defaultValue={value("event", event)}
            aria-describedby={`${FORM_ID}-event-hint`}
          />
          <span id={`${FORM_ID}-event-hint`} className="hint">
            The draft&apos;s new event, or a known event&apos;s slug.
          </span>
        </p>
        <PickerField
          id={`${FORM_ID}-topics`}
          label="Topics"
          name="topics"
          defaultValue={value("topics", "")}
          list="topics"
          hint="Slugs or names, separated by commas."
          error={errorOn("topics")}
        />
        <p>
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            Add the statement
          </button>
        </p>
        <FormStatus state={state} pending={pending} />
      </form>
    </section>
  );
}
