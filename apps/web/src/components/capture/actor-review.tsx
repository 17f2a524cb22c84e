"use client";

import { saveActor } from "../../actions/review";
import type { Resumed } from "../../lib/capture/resume";
import type { ReviewActor } from "../../lib/capture/review";
import { actorKindLabel } from "../../lib/labels";
import { describedBy, FieldError } from "../field-error";
import { SelectField } from "../select-field";
import { FormStatus } from "./form-status";
import { useEditForm } from "./use-edit-form";

interface ActorReviewProps {
  draftId: string;
  version: number;
  actor: ReviewActor;
  resumed: Resumed | null;
  readOnly: boolean;
}

/** A new actor publishing will create: prefilled from the proposals with the names this text uses for them. */
export function ActorReview({ draftId, version, actor, resumed, readOnly }: ActorReviewProps) {
  const formId = `actor-${actor.key}`;
  const { state, action, pending, form, value, errorOn } = useEditForm(saveActor, formId, resumed);
  if (readOnly) return <li id={formId}>{`${actor.name} (${actorKindLabel[actor.kind as keyof typeof actorKindLabel] ?? actor.kind})`}</li>;
  return (
    <li id={formId}>
      <form ref={form} action={action} className="stacked-form review-form" aria-label={`New actor: ${actor.name}`}>
        <input type="hidden" name="id" value={draftId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="key" value={actor.key} />
        <p>
          <label htmlFor={`${formId}-name`}>Name</label>
          <input
            id={`${formId}-name`}
            name="name"
            defaultValue={value("name", actor.name)}
            aria-describedby={describedBy(`${formId}-name`, errorOn("name"), false)}
            aria-invalid={errorOn("name") ? true : undefined}
          />
          <FieldError id={`${formId}-name`} message={errorOn("name")} />
        </p>
        <SelectField
          id={`${formId}-kind`}
          label="Kind"
          name="kind"
          value={value("kind", actor.kind)}
          options={Object.entries(actorKindLabel)}
        />
        <p>
          <label htmlFor={`${formId}-names`}>Names this text uses</label>
          <textarea
            id={`${formId}-names`}
            name="names"
            rows={3}
            defaultValue={value("names", actor.names.join("\n"))}
            aria-describedby={`${formId}-names-hint`}
          />
          <span id={`${formId}-names-hint`} className="hint">
            One a line: &ldquo;Mr Rell&rdquo;, &ldquo;Ostravia&apos;s foreign minister&rdquo;.
          </span>
        </p>
        <p>
          <button type="submit" className="button secondary" aria-disabled={pending || undefined}>
            {`Save ${actor.name}`}
          </button>
        </p>
        <FormStatus state={state} pending={pending} />
      </form>
    </li>
  );
}
