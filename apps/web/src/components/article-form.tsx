"use client";

import { type DragEvent, useActionState, useEffect, useRef, useState } from "react";
import { createDraft, type CreateDraftState } from "../actions/create-draft";
import { blankArticle } from "../lib/capture/article-input";
import { sourceKindLabel } from "../lib/labels";
import { FieldError, describedBy } from "./field-error";
import { SelectField } from "./select-field";
import { TokenField } from "./token-field";

const initial: CreateDraftState = { fields: blankArticle, error: null, sessionEnded: false, attempt: 0 };
const kinds = Object.entries(sourceKindLabel);

/**
 * A new article: its text pasted, or a .txt or .html file chosen (or, with scripts, dropped on the
 * form), and its metadata. Posted to a server action, with or without scripts; a refusal shows
 * beside its field with the article kept, and focus goes there.
 */
export function ArticleForm() {
  const [state, action, pending] = useActionState(createDraft, initial);
  const [dropped, setDropped] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const { fields, error } = state;
  const errorOn = (name: string) => (error?.field === name ? error.message : null);
  const general =
    error && !["text", "file", "token", "title", "publisher", "url", "publishedOn", "language", "kind"].includes(error.field ?? "");

  useEffect(() => {
    if (!error) return;
    const target = form.current?.querySelector<HTMLElement>(`[name="${error.field}"]`) ?? form.current?.querySelector("#article-error");
    target?.focus();
  }, [error]);

  // A file dropped anywhere on the form becomes the chosen file, as if picked in the dialog.
  const drop = (event: DragEvent<HTMLFormElement>) => {
    const files = event.dataTransfer.files;
    if (files.length === 0 || !fileInput.current) return;
    event.preventDefault();
    fileInput.current.files = files;
    setDropped(files[0]!.name);
  };

  return (
    // A new form for each answer, so its fields show the article as the action sent it back.
    <form
      key={state.attempt}
      ref={form}
      action={action}
      className="stacked-form article-form"
      onDragOver={(event) => event.preventDefault()}
      onDrop={drop}
    >
      {state.sessionEnded && (
        <div className="notice-line">
          <p>Your session has ended, so the draft was not saved. Enter your token to sign in again: the article below is kept.</p>
          <TokenField error={errorOn("token")} />
        </div>
      )}
      <p id="article-error" className="form-error" role="alert" tabIndex={-1}>
        {general ? error.message : null}
      </p>
      <p>
        <label htmlFor="article-text">Text of the article</label>
        <textarea
          id="article-text"
          name="text"
          rows={14}
          defaultValue={fields.text}
          aria-describedby={describedBy("article-text", errorOn("text"), true)}
          aria-invalid={errorOn("text") ? true : undefined}
        />
        <span id="article-text-hint" className="hint">
          Paste it exactly as published: it is kept character for character, and every statement points into it.
        </span>
        <FieldError id="article-text" message={errorOn("text")} />
      </p>
      <p>
        <label htmlFor="article-file">Or a file (.txt or .html)</label>
        <input
          ref={fileInput}
          id="article-file"
          name="file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          aria-describedby={describedBy("article-file", errorOn("file"), true)}
          aria-invalid={errorOn("file") ? true : undefined}
          onChange={(event) => setDropped(event.target.files?.[0]?.name ?? null)}
        />
        <span id="article-file-hint" className="hint">
          {dropped ? `Chosen: ${dropped}. ` : "Choose one, or drop it on this form. "}A web page is reduced to its text on the server: its
          scripts and styles are dropped, never run.
        </span>
        <FieldError id="article-file" message={errorOn("file")} />
      </p>
      <TextInput name="title" label="Title" value={fields.title} error={errorOn("title")} required hint="The headline as published." />
      <TextInput name="publisher" label="Publisher" value={fields.publisher} error={errorOn("publisher")} />
      <TextInput
        name="url"
        label="Address (URL)"
        type="url"
        value={fields.url}
        error={errorOn("url")}
        hint="Where it was published, if known."
      />
      <TextInput name="publishedOn" label="Published on" type="date" value={fields.publishedOn} error={errorOn("publishedOn")} required />
      <TextInput
        name="language"
        label="Language"
        value={fields.language}
        error={errorOn("language")}
        required
        hint="A language tag: en, fr, de…"
      />
      <SelectField id="article-kind" label="Kind" name="kind" value={fields.kind} options={kinds} />
      <p>
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? "Reading the article…" : "Save and review"}
        </button>
      </p>
    </form>
  );
}

interface TextInputProps {
  name: string;
  label: string;
  value: string;
  error: string | null;
  type?: "text" | "url" | "date";
  required?: boolean;
  hint?: string;
}

function TextInput({ name, label, value, error, type = "text", required, hint }: TextInputProps) {
  const id = `article-${name}`;
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        required={required}
        aria-describedby={describedBy(id, error, hint !== undefined)}
        aria-invalid={error ? true : undefined}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldError id={id} message={error} />
    </p>
  );
}
