"use client";

import { saveEvent } from "../../actions/review";
import type { Resumed } from "../../lib/capture/resume";
import type { ReviewEvent } from "../../lib/capture/review";
import { eventKindLabel, eventStatusLabel } from "../../lib/labels";
import { describedBy, FieldError } from "../field-error";
import { SelectField } from "../select-field";
import { FormStatus } from "./form-status";
import { useEditForm } from "./use-edit-form";

interface EventReviewProps {
  draftId: string;
  version: number;
  event: ReviewEvent;
  resumed: Resumed | null;
  readOnly: boolean;
}

const precisions = [
  ["DAY", "The day only"],
  ["HOUR", "To the hour"],
  ["MINUTE", "To the minute"],
  ["SECOND", "To the second"],
] as const;

/** A new event publishing will create: prefilled from the dateline and the published date. */
export function EventReview({ draftId, version, event, resumed, readOnly }: EventReviewProps) {
  const formId = `event-${event.key}`;
  const { state, action, pending, form, value, errorOn } = useEditForm(saveEvent, formId, resumed);
  if (readOnly) return <li id={formId}>{`${event.title}, ${event.day}`}</li>;
  const field = (name: string, label: string, saved: string, type = "text") => (
    <p>
      <label htmlFor={`${formId}-${name}`}>{label}</label>
      <input
        id={`${formId}-${name}`}
        name={name}
        type={type}
        defaultValue={value(name, saved)}
        aria-describedby={describedBy(`${formId}-${name}`, errorOn(name), false)}
        aria-invalid={errorOn(name) ? true : undefined}
      />
      <FieldError id={`${formId}-${name}`} message={errorOn(name)} />
    </p>
  );
  const choice = (name: string, label: string, saved: string, options: readonly (readonly [string, string])[]) => (
    <SelectField id={`${formId}-${name}`} label={label} name={name} value={value(name, saved)} options={options} />
  );
  return (
    <li id={formId}>
      <form ref={form} action={action} className="stacked-form review-form" aria-label={`New event: ${event.title}`}>
        <input type="hidden" name="id" value={draftId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="key" value={event.key} />
        {field("title", "Title", event.title)}
        {choice("kind", "Kind", event.kind, Object.entries(eventKindLabel))}
        {field("day", "Day", event.day, "date")}
        {choice("timePrecision", "Time known to", event.timePrecision, precisions)}
        {field("time", "Local time (HH:MM), when known", event.time ?? "", "time")}
        {field("timeZone", "Time zone (IANA)", event.timeZone)}
        {field("place", "Place", event.place ?? "")}
        {choice("status", "Status", event.status, Object.entries(eventStatusLabel))}
        <p className="hint">Its participants are the speakers of the statements accepted at it.</p>
        <p>
          <button type="submit" className="button secondary" aria-disabled={pending || undefined}>
            {`Save ${event.title}`}
          </button>
        </p>
        <FormStatus state={state} pending={pending} />
      </form>
    </li>
  );
}
