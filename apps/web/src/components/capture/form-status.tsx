import type { EditState } from "../../lib/capture/edit-state";

/**
 * A review form's status line: what was saved, or why not (a refusal that names no field, a
 * conflict). Read out as it changes; focused after a refusal. Before scripts, the page the action
 * answers with shows it and puts the focus here.
 */
export function FormStatus({ state, pending }: { state: EditState; pending: boolean }) {
  const general = state.error && !state.error.field ? state.error.message : null;
  return (
    <p
      className={`form-status${general ? " form-error" : ""}`}
      role="status"
      tabIndex={-1}
      // Without scripts, the page the action answered with shows the result here: the cursor goes to it.
      autoFocus={Boolean(state.said || general)}
    >
      {pending ? "Saving…" : (general ?? state.said)}
    </p>
  );
}
