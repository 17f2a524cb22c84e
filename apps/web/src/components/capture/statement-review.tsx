"use client";

import { saveStatement } from "../../actions/review";
import type { Resumed } from "../../lib/capture/resume";
import type { ReviewStatement } from "../../lib/capture/review";
import { stancePositionLabel, statementKindLabel } from "../../lib/labels";
import { describedBy, FieldError } from "../field-error";
import { PickerField } from "../picker-field";
import { SelectField } from "../select-field";
import { StatementWords } from "../statement-words";
import { FormStatus } from "./form-status";
import { SpanFields } from "./span-fields";
import { useEditForm } from "./use-edit-form";

export interface StatementReviewProps {
  draftId: string;
  version: number;
  /** Its place in the text's order, from 1: the number the text marks it with. */
  number: number;
  statement: ReviewStatement;
  /** Its words in the draft's text, and how the span form names them. */
  words: string;
  locator: { words: string; occurrence: string };
  speaker: string;
  /** What the event field shows: a new event's title or a known event's slug. */
  event: string;
  /** The other statements, numbered, for "continues". */
  others: { key: string; label: string }[];
  /** New actors' names and new events' titles, suggested in their fields. */
  newActors: string[];
  newEvents: string[];
  /** A refusal of publishing that concerns this statement. */
  publishRefusal: string | null;
  resumed: Resumed | null;
  readOnly: boolean;
}

const decisionLabel = { PENDING: "To decide", ACCEPTED: "Accepted", REJECTED: "Rejected" } as const;

/**
 * One statement of the review: its words, who said it and where, and a form to accept, reject or
 * correct it. Every control is part of a real form posting to a server action, so it all works
 * before scripts load; each save is one update of the draft, made with the version shown.
 */
export function StatementReview(props: StatementReviewProps) {
  const { draftId, version, number, statement, words, locator, readOnly } = props;
  const formId = `statement-${statement.key}`;
  const { state, action, pending, form, value, errorOn } = useEditForm(saveStatement, formId, props.resumed);
  const id = (name: string) => `${formId}-${name}`;
  const refusal = props.publishRefusal;

  return (
    <li id={formId} className={`statement-review decision--${statement.decision.toLowerCase()}`} aria-labelledby={id("title")}>
      <span id={`about-p-${statement.key}`} className="span-anchor" />
      <h3 id={id("title")} className="statement-review-title">
        {`${number}. ${props.speaker}`}
        <span className="badge">{statementKindLabel[statement.kind]}</span>
        <span className={`decision-badge decision-badge--${statement.decision.toLowerCase()}`}>{decisionLabel[statement.decision]}</span>
      </h3>
      <p className="statement-review-facts">
        {statement.origin === "PROPOSED"
          ? `Proposed${statement.confidence !== null ? ` (confidence ${Math.round(statement.confidence * 100)}%)` : ""}`
          : "Added by a reviewer"}
        {statement.continues && ` · continues statement ${props.others.find((other) => other.key === statement.continues)?.label ?? "?"}`}
        {" · "}
        <a href={`#p-${statement.key}`}>{`In the text (characters ${statement.excerpt.start}–${statement.excerpt.end})`}</a>
      </p>
      <StatementWords text={words} kind={statement.kind} sourceUrl={null} />
      {refusal && (
        <p className="form-error" role="alert">
          {`Publishing was refused because of this statement: ${refusal}`}
        </p>
      )}
      {!readOnly && (
        <form ref={form} action={action} className="stacked-form review-form" aria-label={`Review statement ${number}`}>
          <input type="hidden" name="id" value={draftId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="key" value={statement.key} />
          <input type="hidden" name="number" value={number} />
          <details open={Boolean(state.error?.field) || props.resumed?.form === formId}>
            <summary>Correct it: span, kind, speaker, event, topics, stance</summary>
            <SpanFields
              id={id("span")}
              words={value("words", locator.words)}
              occurrence={value("occurrence", locator.occurrence)}
              error={errorOn("words")}
              follow={false}
            />
            <SelectField
              id={id("kind")}
              label="Kind"
              name="kind"
              value={value("kind", statement.kind)}
              options={Object.entries(statementKindLabel)}
            />
            <PickerField
              id={id("speaker")}
              label="Speaker"
              name="speaker"
              defaultValue={value("speaker", props.speaker)}
              list="actors"
              hint="A known actor (name or slug), or a new actor of this draft. A name Parley does not know becomes a new actor."
              fixed={props.newActors}
              error={errorOn("speaker")}
            />
            <p>
              <label htmlFor={id("event")}>Event</label>
              <input
                id={id("event")}
                name="event"
                list={`${draftId}-new-events`}
                defaultValue={value("event", props.event)}
                aria-describedby={describedBy(id("event"), errorOn("event"), true)}
                aria-invalid={errorOn("event") ? true : undefined}
              />
              <span id={`${id("event")}-hint`} className="hint">
                {`The new event of this draft (${props.newEvents.join(", ") || "none"}), or a known event's slug.`}
              </span>
              <FieldError id={id("event")} message={errorOn("event")} />
            </p>
            <PickerField
              id={id("topics")}
              label="Topics"
              name="topics"
              defaultValue={value("topics", statement.topics.join(", "))}
              list="topics"
              hint="Slugs or names, separated by commas."
              error={errorOn("topics")}
            />
            <div className="stance-fields">
              <PickerField
                id={id("stance-topic")}
                label="Stance towards"
                name="stanceTopic"
                defaultValue={value("stanceTopic", statement.stances[0]?.topic ?? "")}
                list="topics"
                hint="A topic; empty for no stance."
                error={errorOn("stanceTopic")}
              />
              <SelectField
                id={id("stance-position")}
                label="Position"
                name="stancePosition"
                value={value("stancePosition", statement.stances[0]?.position ?? "")}
                none="No stance"
                options={Object.entries(stancePositionLabel)}
              />
            </div>
            <SelectField
              id={id("continues")}
              label="Continues"
              name="continues"
              value={value("continues", statement.continues ?? "")}
              none="No other statement"
              options={props.others.map((other) => [other.key, `Statement ${other.label}`])}
            />
            <p>
              <button
                type="submit"
                name="decision"
                value={statement.decision}
                className="button secondary"
                aria-disabled={pending || undefined}
              >
                Save the correction
              </button>
            </p>
          </details>
          <p className="decision-buttons">
            <button type="submit" name="decision" value="ACCEPTED" className="button" aria-disabled={pending || undefined}>
              {`Accept ${number}`}
            </button>
            <button type="submit" name="decision" value="REJECTED" className="button secondary" aria-disabled={pending || undefined}>
              {`Reject ${number}`}
            </button>
          </p>
          <FormStatus state={state} pending={pending} />
        </form>
      )}
    </li>
  );
}
