import type { FieldProblem } from "./statement-form";

/** What a review form shows after it was sent: what was saved, or why not, and beside which field. */
export interface EditState {
  said: string | null;
  error: FieldProblem | null;
  /** Someone else changed the draft meanwhile: nothing was saved, and the page shows the draft as it now is. */
  conflict: boolean;
  /** The form's values as sent, shown again when they were not saved. */
  sent: Record<string, string> | null;
}

export const noEdit: EditState = { said: null, error: null, conflict: false, sent: null };
