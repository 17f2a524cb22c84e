// An edit the API refused because the session had ended is not lost: it rides in the sign-in
// page's `next` address, and the draft's page shows it again in its form when the person is back.

/** The fields of a form worth carrying back (never Next's own action fields). */
export function pendingFields(form: FormData): [string, string][] {
  return [...form.entries()].flatMap(([name, value]) => (typeof value === "string" && !name.startsWith("$") ? [[name, value]] : []));
}

/** The draft page's address that shows the pending edit of form `formId` again. */
export function resumeHref(draftId: string, formId: string, form: FormData): string {
  const query = new URLSearchParams([["resume", formId], ...pendingFields(form).filter(([name]) => name !== "version")]);
  return `/capture/${encodeURIComponent(draftId)}?${query}#${formId}`;
}

/** What the draft page was asked to show again: the form's id and its values, or null. */
export interface Resumed {
  form: string;
  values: Record<string, string>;
}

export function readResumed(params: Record<string, string | string[] | undefined>): Resumed | null {
  const form = params["resume"];
  if (typeof form !== "string") return null;
  const values = Object.fromEntries(Object.entries(params).flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
  return { form, values };
}
