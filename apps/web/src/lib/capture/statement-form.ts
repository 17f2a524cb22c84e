import type { ApolloClient } from "@apollo/client";
import type { StancePosition, StatementKind } from "@parley/schema";
import { stancePositionLabel, statementKindLabel } from "../labels";
import { pickActor, pickTopic } from "../pick";
import type { Decision, Review, ReviewActor, ReviewEvent, ReviewStatement } from "./review";
import { freshKey } from "./review";

/** A form's refusal before anything is sent: which field, and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Where a statement lies, as the API takes it: a span, or its exact words (which the API finds). */
export type ExcerptEdit = { start: number; end: number } | { text: string; occurrence: number | null };

/** One statement's review, as `updateDraft` takes it (a new key adds the statement). */
export type StatementEdit = Pick<
  ReviewStatement,
  "key" | "decision" | "kind" | "speaker" | "newSpeaker" | "event" | "newEvent" | "topics" | "stances" | "continues"
> & { excerpt: ExcerptEdit };

/** One edit of a draft, as `updateDraft` takes it: statements, new actors and events changed or added by key. */
export interface DraftChanges {
  statements?: StatementEdit[];
  actors?: ReviewActor[];
  events?: ReviewEvent[];
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

const isKind = (value: string): value is StatementKind => Object.hasOwn(statementKindLabel, value);
const isPosition = (value: string): value is StancePosition => Object.hasOwn(stancePositionLabel, value);
const isDecision = (value: string): value is Decision => ["PENDING", "ACCEPTED", "REJECTED"].includes(value);

/**
 * Where the form says the statement lies: the selected offsets, when the words are still those
 * selected (they travel in hidden fields); else the words typed and their occurrence, for the API
 * to find. A form sends its line breaks as CR LF, which become the text's own.
 */
export function excerptFromForm(draftText: string, form: FormData): ExcerptEdit | FieldProblem {
  const lf = (value: string) => value.replace(/\r\n/g, "\n");
  const words = lf(String(form.get("words") ?? ""));
  if (words.trim() === "") return { field: "words", message: "Give the exact words of the statement, as the text has them." };
  const start = Number(text(form, "start"));
  const end = Number(text(form, "end"));
  if (text(form, "start") !== "" && Number.isInteger(start) && Number.isInteger(end) && lf(draftText.slice(start, end)) === words)
    return { start, end };
  const occurrence = Number(text(form, "occurrence"));
  return {
    text: draftText.includes("\r\n") ? words.replace(/\n/g, "\r\n") : words,
    occurrence: Number.isInteger(occurrence) && occurrence > 0 ? occurrence : null,
  };
}

/** A speaker as typed: a new actor of this draft, a known actor (its slug, name or a name sources use), or else a new actor of that name. */
async function speakerFromForm(
  client: ApolloClient,
  review: Review,
  typed: string,
): Promise<{ who: Pick<StatementEdit, "speaker" | "newSpeaker">; added?: ReviewActor } | FieldProblem> {
  if (typed === "") return { who: { speaker: null, newSpeaker: null } };
  const lower = typed.toLowerCase();
  const drafted = review.actors.find(
    (actor) => actor.key === typed || actor.name.toLowerCase() === lower || actor.names.some((name) => name.toLowerCase() === lower),
  );
  if (drafted) return { who: { speaker: null, newSpeaker: drafted.key } };
  const picked = await pickActor(client, typed);
  if (picked.status === "found") return { who: { speaker: picked.choice.slug, newSpeaker: null } };
  if (picked.status === "ambiguous")
    return {
      field: "speaker",
      message: `“${typed}” fits several actors: ${picked.choices.map((choice) => `${choice.name} (${choice.slug})`).join(", ")}. Type the one you mean.`,
    };
  const added: ReviewActor = { key: freshKey(review, "actor-"), name: typed, kind: "PERSON", names: [typed] };
  return { who: { speaker: null, newSpeaker: added.key }, added };
}

/** An event as typed: a new event of this draft (its key or title), or a known event's slug, which the API checks. */
function eventFromForm(review: Review, typed: string): Pick<StatementEdit, "event" | "newEvent"> {
  const drafted = review.events.find((event) => event.key === typed || event.title.toLowerCase() === typed.toLowerCase());
  if (drafted) return { event: null, newEvent: drafted.key };
  return { event: typed === "" ? null : typed, newEvent: null };
}

/** Topics as typed, comma-separated: each a slug or the words of one topic's name. */
async function topicsFromForm(client: ApolloClient, typed: string, field: string): Promise<string[] | FieldProblem> {
  const slugs: string[] = [];
  for (const words of typed
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const picked = await pickTopic(client, words);
    if (picked.status !== "found")
      return {
        field,
        message:
          picked.status === "ambiguous"
            ? `“${words}” fits several topics: ${picked.choices.map((choice) => choice.slug).join(", ")}. Type the one you mean.`
            : `No topic is called “${words}”.`,
      };
    slugs.push(picked.choice.slug);
  }
  return slugs;
}

/**
 * The statement a review form describes, from the one it edits (or a new one the reviewer adds),
 * with any new actor its speaker needs; or the first field the form got wrong.
 */
export async function statementFromForm(
  client: ApolloClient,
  review: Review,
  draftText: string,
  form: FormData,
  editing: ReviewStatement | null,
): Promise<{ edit: StatementEdit; added?: ReviewActor } | FieldProblem> {
  const excerpt = excerptFromForm(draftText, form);
  if ("field" in excerpt) return excerpt;
  const kind = text(form, "kind");
  if (!isKind(kind)) return { field: "kind", message: "Choose the statement's kind." };
  const speaker = await speakerFromForm(client, review, text(form, "speaker"));
  if ("field" in speaker) return speaker;
  const topics = await topicsFromForm(client, text(form, "topics"), "topics");
  if (!Array.isArray(topics)) return topics;
  // The form edits one stance; the others, if the statement has more, stay as they are.
  const stances = editing?.stances.slice(1) ?? [];
  const stanceTopic = text(form, "stanceTopic");
  const position = text(form, "stancePosition");
  if (stanceTopic !== "" && isPosition(position)) {
    const found = await topicsFromForm(client, stanceTopic, "stanceTopic");
    if (!Array.isArray(found)) return found;
    stances.unshift({ topic: found[0]!, position });
  }
  const continues = text(form, "continues");
  const decision = text(form, "decision");
  return {
    edit: {
      key: editing?.key ?? freshKey(review, "added-"),
      decision: isDecision(decision) ? decision : (editing?.decision ?? "ACCEPTED"),
      kind,
      excerpt,
      ...speaker.who,
      ...eventFromForm(review, text(form, "event")),
      topics,
      stances,
      continues: continues === "" ? null : continues,
    },
    ...(speaker.added && { added: speaker.added }),
  };
}
