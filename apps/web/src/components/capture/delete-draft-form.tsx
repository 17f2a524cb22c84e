import { removeDraft } from "../../actions/review";

/** Deleting an open draft: a button, posting to a server action. */
export function DeleteDraftForm({ draftId, version }: { draftId: string; version: number }) {
  return (
    <form action={removeDraft} className="delete-draft">
      <input type="hidden" name="id" value={draftId} />
      <input type="hidden" name="version" value={version} />
      <p>
        <button type="submit" className="button danger">
          Delete this draft
        </button>{" "}
        <span className="hint">Nothing of it was published; deleting it cannot be undone.</span>
      </p>
    </form>
  );
}
