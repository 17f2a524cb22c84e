"use server";

import { CreateDraftDocument, type SourceKind } from "@parley/schema";
import { redirect } from "next/navigation";
import { type ArticleFields, readArticleFields, textFromFile } from "../lib/capture/article-input";
import { apiRefusal, type Refusal } from "../lib/capture/refusal";
import { hasErrorCode } from "../lib/load-from-api";
import { signInHref } from "../lib/next-path";
import { makeServerClient } from "../lib/server-client";
import { sessionSecret } from "../lib/session/cookie";
import { startSession } from "../lib/session/start";

export interface CreateDraftState {
  fields: ArticleFields;
  /** Why the draft was not made, and which field it concerns (`text`, `title`, … or null). */
  error: Pick<Refusal, "message" | "field"> | null;
  /** The session ended before the draft was saved: the form asks for the token again, and keeps the article. */
  sessionEnded: boolean;
  /** How many times the form was sent: each answer gives the form afresh. */
  attempt: number;
}

const refused = (fields: ArticleFields, message: string, field: string | null) => ({
  fields,
  error: { message, field },
  sessionEnded: false,
});

/** The article as typed, or as read from the chosen file; a message when it cannot be used. */
async function articleOf(form: FormData): Promise<ArticleFields | Omit<CreateDraftState, "attempt">> {
  const typed = readArticleFields(form);
  const fromFile = await textFromFile(form.get("file"));
  if (typeof fromFile === "string") return refused(typed, fromFile, "file");
  if (fromFile && typed.text.trim() !== "") return refused(typed, "Paste the text or choose a file, not both: clear one of them.", "text");
  const fields = fromFile ? { ...typed, text: fromFile.text, title: typed.title || (fromFile.title ?? "") } : typed;
  if (fields.text.trim() === "") return refused(fields, "Paste the article's text, or choose a .txt or .html file.", "text");
  const nul = fields.text.indexOf("\u0000");
  if (nul !== -1)
    return refused(
      fields,
      `The text holds a NUL character (U+0000) at offset ${nul}, which no text in Parley can hold: remove it and save again.`,
      "text",
    );
  if (fields.title === "") return refused(fields, "Give the article's title (a title you supply goes in square brackets).", "title");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.publishedOn))
    return refused(fields, "Give the day it was published, as YYYY-MM-DD.", "publishedOn");
  return fields;
}

/**
 * Saves the pasted or uploaded article as a draft on the server at once (the API proposes its
 * statements as it does) and opens it. A refusal comes back with the article as it was typed; a
 * session that ended meanwhile asks for the token in the same form, so the article is not lost.
 */
export async function createDraft(previous: CreateDraftState, form: FormData): Promise<CreateDraftState> {
  const attempt = previous.attempt + 1;
  const fields = await articleOf(form);
  if (!("text" in fields)) return { ...fields, attempt };
  const token = form.get("token");
  if (typeof token === "string") {
    const error = await startSession(token);
    if (error !== null) return { fields, error: { message: error, field: "token" }, sessionEnded: true, attempt };
  }
  const secret = await sessionSecret();
  if (secret === null) redirect(signInHref("/capture"));

  let id: string;
  try {
    const { data } = await makeServerClient(secret).mutate({
      mutation: CreateDraftDocument,
      variables: {
        input: {
          text: fields.text,
          title: fields.title,
          publisher: fields.publisher || null,
          url: fields.url || null,
          publishedOn: fields.publishedOn,
          language: fields.language,
          kind: fields.kind as SourceKind,
        },
      },
    });
    if (!data) throw new Error("createDraft answered no data");
    id = data.createDraft.draft.id;
  } catch (error) {
    if (hasErrorCode(error, "UNAUTHENTICATED")) return { fields, error: null, sessionEnded: true, attempt };
    const refusal = apiRefusal(error);
    if (refusal === null) throw error;
    // The API names the input's field ("input.text"); the form's is its last part.
    return { ...refused(fields, refusal.message, refusal.field?.split(".").pop() ?? null), attempt };
  }
  redirect(`/capture/${encodeURIComponent(id)}`);
}
