import type { ApolloClient } from "@apollo/client";
import {
  DeleteDraftDocument,
  DraftDocument,
  type DraftQuery,
  DraftsDocument,
  PublishDraftDocument,
  UpdateDraftDocument,
} from "@parley/schema";
import type { Review } from "./review";
import { fromApiDraft, toApiChanges } from "./review-mapping";
import type { DraftChanges } from "./statement-form";

// The one module that speaks the API's draft operations; the pages and actions work with `Review`.

export type ApiDraft = NonNullable<DraftQuery["draft"]>;

export interface DraftRecord {
  id: string;
  version: number;
  status: ApiDraft["status"];
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string;
  language: string;
  kind: ApiDraft["kind"];
  text: string;
  createdBy: string;
  updatedAt: string;
  review: Review;
  /** Known actors' names by slug, for the speakers the review names by slug. */
  actorNames: Map<string, string>;
  /** The source publishing made, once published. */
  sourceSlug: string | null;
}

/** A draft and its review, or null when the caller has no draft of that id. */
export async function loadDraft(client: ApolloClient, id: string): Promise<DraftRecord | null> {
  const { data } = await client.query({ query: DraftDocument, variables: { id }, fetchPolicy: "no-cache" });
  const draft = data?.draft;
  if (!draft) return null;
  const { review, actorNames } = fromApiDraft(draft);
  return {
    id: draft.id,
    version: draft.version,
    status: draft.status,
    title: draft.title,
    publisher: draft.publisher ?? null,
    url: draft.url ?? null,
    publishedOn: draft.publishedOn,
    language: draft.language,
    kind: draft.kind,
    text: draft.text,
    createdBy: draft.createdBy,
    updatedAt: draft.updatedAt,
    review,
    actorNames,
    sourceSlug: draft.source?.slug ?? null,
  };
}

/** Saves one edit, if the draft is still at `version`; else the API answers CONFLICT and changes nothing. */
export async function saveChanges(client: ApolloClient, id: string, version: number, changes: DraftChanges): Promise<void> {
  await client.mutate({ mutation: UpdateDraftDocument, variables: { input: { id, version, ...toApiChanges(changes) } } });
}

/** Publishes the draft as a source with its records, all in one transaction; the new source's slug. */
export async function publishDraft(client: ApolloClient, id: string, version: number): Promise<string> {
  const { data } = await client.mutate({ mutation: PublishDraftDocument, variables: { input: { id, version } } });
  if (!data) throw new Error("publishDraft answered no data");
  return data.publishDraft.source.slug;
}

export async function deleteDraft(client: ApolloClient, id: string, version: number): Promise<void> {
  await client.mutate({ mutation: DeleteDraftDocument, variables: { input: { id, version } } });
}

export const DRAFTS_PER_PAGE = 25;

/** A page of drafts, newest first, with how far along each is. */
export async function listDrafts(client: ApolloClient, after: string | null) {
  const { data } = await client.query({ query: DraftsDocument, variables: { first: DRAFTS_PER_PAGE, after }, fetchPolicy: "no-cache" });
  if (!data) throw new Error("drafts answered no data");
  return data.drafts;
}
