import { publish } from "../../actions/review";

interface PublishFormProps {
  draftId: string;
  version: number;
  accepted: number;
  pending: number;
  /** Why the last attempt was refused, when it concerned the draft as a whole. */
  refusal: string | null;
}

/** Publishing: a plain form posting to a server action; a refusal comes back beside what it concerns. */
export function PublishForm({ draftId, version, accepted, pending, refusal }: PublishFormProps) {
  return (
    <form id="publish" action={publish} className="publish-form" tabIndex={-1}>
      <input type="hidden" name="id" value={draftId} />
      <input type="hidden" name="version" value={version} />
      <p>
        {`Publishing records the ${accepted} accepted ${accepted === 1 ? "statement" : "statements"}, with the source, the new actors and the new event, in one go.`}
        {pending > 0 && ` ${pending} still to decide ${pending === 1 ? "is" : "are"} left out.`}
      </p>
      {refusal && (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      <p>
        <button type="submit" className="button">
          Publish
        </button>
      </p>
    </form>
  );
}
