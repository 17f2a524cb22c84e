"use client";

import { type RefObject, useActionState, useEffect, useRef } from "react";
import { type EditState, noEdit } from "../../lib/capture/edit-state";
import type { Resumed } from "../../lib/capture/resume";

type EditAction = (previous: EditState, form: FormData) => Promise<EditState>;

export interface EditForm {
  state: EditState;
  action: (form: FormData) => void;
  pending: boolean;
  form: RefObject<HTMLFormElement | null>;
  /** What a field shows: what was sent and refused, else the edit carried over a sign-in, else the draft's value. */
  value: (name: string, saved: string) => string;
  /** The refusal's message when it concerns `name`. */
  errorOn: (name: string) => string | null;
}

/**
 * A review form's state: each send runs a server action (a plain POST before scripts load); after a
 * refusal the fields show what was sent and focus goes to the field refused (or the message, when
 * it concerns no field); after a save focus stays where it was and the status line says what was saved.
 */
export function useEditForm(action: EditAction, formId: string, resumed: Resumed | null): EditForm {
  const [state, formAction, pending] = useActionState(action, noEdit);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.error) return;
    const named = state.error.field ? form.current?.querySelector<HTMLElement>(`[name="${state.error.field}"]`) : null;
    (named ?? form.current?.querySelector<HTMLElement>(".form-status"))?.focus();
  }, [state]);
  const carried = resumed?.form === formId ? resumed.values : null;
  return {
    state,
    action: formAction,
    pending,
    form,
    value: (name, saved) => (state.error && state.sent ? (state.sent[name] ?? saved) : (carried?.[name] ?? saved)),
    errorOn: (name) => (state.error && state.error.field === name ? state.error.message : null),
  };
}
