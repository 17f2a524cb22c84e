import { Prisma, type PrismaClient } from "@parley/db";
import type { Caller } from "../../auth/caller";
import { BadUserInputError, ConflictError } from "../../errors";
import { proposeStatementsFor } from "../proposals";
import { checkSourceFields, type SourceFields } from "../writes/sources";
import type { Tx } from "../writes/transaction";
import { applyChanges, type ReviewChanges } from "./changes";
import { type DraftRow, findDraft } from "./read";
import { prefillReview } from "./prefill";
import { readReview, type Review } from "./review";
import { validateReview } from "./validate-review";

/** A draft's metadata: the source's, as publishing will create it. */
export type DraftMetadata = Omit<SourceFields, "text">;

/** A draft at the version its writer read. */
export interface DraftRef {
  id: string;
  version: number;
}

/** Statements in the order of their excerpts in the text, as the web lists them. */
function inTextOrder(review: Review): Review {
  const statements = review.statements.toSorted((a, b) => a.excerpt.start - b.excerpt.start || a.excerpt.end - b.excerpt.end);
  return { ...review, statements };
}

/** The review as JSON for the `review` column. */
export const stored = (review: Review) => review as unknown as Prisma.InputJsonObject;

/**
 * Keeps an article as a draft: its text exactly as received, its metadata
 * (checked as a source's is), and the statements proposed from it, all
 * PENDING, with speakers resolved to known actors and new actors and an event
 * for the rest.
 */
export async function createDraft(db: PrismaClient, caller: Caller, input: DraftMetadata & { text: string }): Promise<DraftRow> {
  checkSourceFields(input);
  const { text, ...metadata } = input;
  const proposals = await proposeStatementsFor(db, text);
  const review = inTextOrder(prefillReview(text, metadata, proposals));
  return db.$transaction(async (tx) => {
    await validateReview(tx, text, review);
    const { id } = await tx.draft.create({
      data: { ...metadata, text, review: stored(review), createdById: caller.id, updatedById: caller.id },
      select: { id: true },
    });
    return (await findDraft(tx, id))!;
  });
}

/**
 * Takes the draft's row lock at the version read: of writers racing on one
 * version, the first holds it and the others, once it commits, find the
 * version moved (CONFLICT) and change nothing. An unknown draft and a
 * published one (read-only) are the caller's error.
 */
export async function lockOpenDraft(tx: Tx, ref: DraftRef): Promise<{ text: string; review: Review }> {
  const [row] = await tx.$queryRaw<{ version: number; status: string; text: string; review: unknown }[]>`
    SELECT version, status::text AS status, text, review FROM draft WHERE id = ${ref.id}::uuid FOR UPDATE`;
  if (!row) throw new BadUserInputError("No draft has this id", "input", "id");
  if (row.status === "PUBLISHED") throw new BadUserInputError("The draft is already published, and is read-only", "input", "id");
  if (row.version !== ref.version) throw new ConflictError("The draft", ref.version);
  return { text: row.text, review: readReview(row.review) };
}

/** The next version, by whom and when: what every change of a draft sets. */
export const touched = (caller: Caller) => ({ version: { increment: 1 }, updatedAt: new Date(), updatedById: caller.id });

/** One edit of an open draft, at the version read: its metadata, and its records changed, added or removed by key; checked whole. */
export function updateDraft(
  db: PrismaClient,
  caller: Caller,
  input: DraftRef & Partial<DraftMetadata> & ReviewChanges,
  // Metadata left out (undefined) keeps its value; `publisher` and `url` may be emptied with null.
): Promise<DraftRow> {
  const { id, version, statements, removeStatements, actors, removeActors, events, removeEvents, ...metadata } = input;
  checkSourceFields(metadata);
  return db.$transaction(async (tx) => {
    const draft = await lockOpenDraft(tx, { id, version });
    const changed = applyChanges(draft.text, draft.review, { statements, removeStatements, actors, removeActors, events, removeEvents });
    const review = inTextOrder(await validateReview(tx, draft.text, changed));
    await tx.draft.update({ where: { id }, data: { ...metadata, review: stored(review), ...touched(caller) } });
    return (await findDraft(tx, id))!;
  });
}

/** Deletes an open draft at the version read; returns its id. A published draft stays, the record of what was published. */
export function deleteDraft(db: PrismaClient, ref: DraftRef): Promise<string> {
  return db.$transaction(async (tx) => {
    await lockOpenDraft(tx, ref);
    await tx.draft.delete({ where: { id: ref.id } });
    return ref.id;
  });
}
