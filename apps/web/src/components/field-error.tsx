/** The ids a field's `aria-describedby` names: its error (when there is one), then its hint. */
export function describedBy(id: string, error: string | null, hasHint: boolean): string | undefined {
  const ids = [error ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Why a field's value was refused, beside it; nothing when it was not. */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <span id={`${id}-error`} className="form-error">
      {message}
    </span>
  );
}
