"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { type DraftRecord, deleteDraft, loadDraft, publishDraft, saveChanges } from "../lib/capture/draft-api";
import { type EditState, noEdit } from "../lib/capture/edit-state";
import { apiRefusal } from "../lib/capture/refusal";
import { resumeHref } from "../lib/capture/resume";
import { type DraftChanges, type FieldProblem, statementFromForm } from "../lib/capture/statement-form";
import { actorFromForm, eventFromForm } from "../lib/capture/record-forms";
import { hasErrorCode } from "../lib/load-from-api";
import { signInHref } from "../lib/next-path";
import { makeServerClient } from "../lib/server-client";
import { sessionSecret } from "../lib/session/cookie";

const CONFLICT =
  "Someone else changed this draft since you opened it, so your change was not saved and nothing of theirs was overwritten. The page now shows the draft as it is; make your change again if it still applies.";

const sentValues = (form: FormData) =>
  Object.fromEntries(
    [...form.entries()].flatMap(([name, value]) => (typeof value === "string" && !name.startsWith("$") ? [[name, value]] : [])),
  );

/**
 * Runs one edit of a draft: reads it (for its text and new actors), lets `change` work out what
 * changes, and saves that with the version the page was showing, so an edit made to a draft someone
 * else has changed since is refused (CONFLICT), never merged. A session that has ended sends the
 * person to sign in again, with the edit carried along to be shown again in its form.
 */
async function editDraft(
  form: FormData,
  formId: string,
  change: (
    draft: DraftRecord,
    client: ReturnType<typeof makeServerClient>,
  ) => Promise<{ changes: DraftChanges; said: string } | FieldProblem>,
): Promise<EditState> {
  const id = String(form.get("id") ?? "");
  const version = Number(form.get("version"));
  const secret = await sessionSecret();
  if (secret === null) redirect(signInHref(resumeHref(id, formId, form)));
  const client = makeServerClient(secret);
  const sent = sentValues(form);
  try {
    const draft = await loadDraft(client, id);
    if (!draft) return { ...noEdit, error: { field: "", message: "This draft no longer exists: someone deleted it." }, sent };
    const changed = await change(draft, client);
    if ("field" in changed) return { ...noEdit, error: changed, sent };
    await saveChanges(client, id, version, changed.changes);
    refresh();
    return { ...noEdit, said: changed.said };
  } catch (error) {
    if (hasErrorCode(error, "UNAUTHENTICATED")) redirect(signInHref(resumeHref(id, formId, form), "ended"));
    if (hasErrorCode(error, "CONFLICT")) {
      refresh();
      return { ...noEdit, error: { field: "", message: CONFLICT }, conflict: true, sent };
    }
    const refusal = apiRefusal(error);
    if (refusal === null) throw error;
    return { ...noEdit, error: { field: fieldOf(refusal.field), message: refusal.message }, sent };
  }
}

/** The form field an API's `extensions.field` concerns: `statements[k3].excerpt` → `words`. */
function fieldOf(apiField: string | null): string {
  const part = apiField?.split(".").pop() ?? "";
  return part === "excerpt" || part === "text"
    ? "words"
    : part === "stances"
      ? "stanceTopic"
      : part === "newSpeaker"
        ? "speaker"
        : part === "newEvent"
          ? "event"
          : part;
}

const decisionSaid = { ACCEPTED: "accepted", REJECTED: "rejected", PENDING: "left to decide" } as const;

/** Saves one statement's review: its decision and any change to its span, kind, speaker, event, topics or stance. */
export async function saveStatement(_previous: EditState, form: FormData): Promise<EditState> {
  const key = String(form.get("key") ?? "");
  const number = String(form.get("number") ?? "");
  return editDraft(form, `statement-${key}`, async (draft, client) => {
    const editing = draft.review.statements.find((statement) => statement.key === key) ?? null;
    if (!editing) return { field: "", message: "This statement is no longer in the draft: someone removed it." };
    const made = await statementFromForm(client, draft.review, draft.text, form, editing);
    if ("field" in made) return made;
    return {
      changes: { statements: [made.edit], ...(made.added && { actors: [made.added] }) },
      said: `Statement ${number} saved: ${decisionSaid[made.edit.decision]}.${made.added ? ` “${made.added.name}” is a new actor: check them under New actors.` : ""}`,
    };
  });
}

/** Adds a statement the proposals missed, accepted at once. */
export async function addStatement(_previous: EditState, form: FormData): Promise<EditState> {
  return editDraft(form, "add-statement", async (draft, client) => {
    const made = await statementFromForm(client, draft.review, draft.text, form, null);
    if ("field" in made) return made;
    return {
      changes: { statements: [made.edit], ...(made.added && { actors: [made.added] }) },
      said: `Statement added: “${String(form.get("words") ?? "").slice(0, 80)}”.`,
    };
  });
}

/** Saves a new actor's name, kind and the names this text uses for them. */
export async function saveActor(_previous: EditState, form: FormData): Promise<EditState> {
  const key = String(form.get("key") ?? "");
  return editDraft(form, `actor-${key}`, async () => {
    const actor = actorFromForm(form, key);
    if ("field" in actor) return actor;
    return { changes: { actors: [actor] }, said: `${actor.name} saved.` };
  });
}

/** Saves a new event's title, kind, day, precision, time zone, place and status. */
export async function saveEvent(_previous: EditState, form: FormData): Promise<EditState> {
  const key = String(form.get("key") ?? "");
  return editDraft(form, `event-${key}`, async (draft) => {
    const saved = draft.review.events.find((each) => each.key === key);
    if (!saved) return { field: "", message: "This event is no longer in the draft." };
    const event = eventFromForm(form, saved);
    if ("field" in event) return event;
    return { changes: { events: [event] }, said: `${event.title} saved.` };
  });
}

/**
 * Publishes the draft. A refusal names the statement it concerns (`statements[k3].excerpt`): the
 * page is shown again with the refusal beside that statement, and nothing was written.
 */
export async function publish(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const version = Number(form.get("version"));
  const secret = await sessionSecret();
  if (secret === null) redirect(signInHref(`/capture/${encodeURIComponent(id)}`));
  let refused: URLSearchParams;
  try {
    await publishDraft(makeServerClient(secret), id, version);
    refresh();
    return;
  } catch (error) {
    if (hasErrorCode(error, "UNAUTHENTICATED")) redirect(signInHref(`/capture/${encodeURIComponent(id)}`, "ended"));
    const refusal = apiRefusal(error);
    if (refusal === null) throw error;
    refused = new URLSearchParams({ refused: refusal.message, ...(refusal.field && { field: refusal.field }), code: refusal.code });
  }
  const key = /^statements\[([^\]]+)\]/.exec(refused.get("field") ?? "")?.[1];
  redirect(`/capture/${encodeURIComponent(id)}?${refused}#${key ? `statement-${key}` : "publish"}`);
}

/** Deletes an open draft, then back to the list. */
export async function removeDraft(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const version = Number(form.get("version"));
  const secret = await sessionSecret();
  if (secret === null) redirect(signInHref(`/capture/${encodeURIComponent(id)}`));
  try {
    await deleteDraft(makeServerClient(secret), id, version);
  } catch (error) {
    if (hasErrorCode(error, "UNAUTHENTICATED")) redirect(signInHref(`/capture/${encodeURIComponent(id)}`, "ended"));
    const refusal = apiRefusal(error);
    if (refusal === null) throw error;
    redirect(`/capture/${encodeURIComponent(id)}?${new URLSearchParams({ refused: refusal.message, code: refusal.code })}#publish`);
  }
  redirect("/capture?deleted=1");
}
