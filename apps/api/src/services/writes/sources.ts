import { createHash } from "node:crypto";
import type { PrismaClient } from "@parley/db";
import type { SourceKind } from "../../enums";
import { BadUserInputError } from "../../errors";
import { sourceSummary, type SourceSummaryRow } from "../sources";
import { checkNotBlank, checkSlug } from "./checks";
import { type Tx, writeTransaction } from "./transaction";
import { deleteVersioned, lockVersioned, nextVersion, type VersionedRef } from "./versioned";

export interface SourceFields {
  kind: SourceKind;
  title: string;
  publisher?: string | null;
  url?: string | null;
  publishedOn: Date;
  /** BCP 47 tag of the text's language. */
  language: string;
  /** The full text exactly as received; fixed once excerpts cite it. */
  text: string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The hash a source's text is stored with (the database checks it): hex SHA-256 of its UTF-8. */
export function contentHashOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The checks of a source's fields that are not lookups (a draft's metadata takes them too). */
export function checkSourceFields(fields: Partial<SourceFields>): void {
  if (fields.title !== undefined) checkNotBlank(fields.title, "title");
  if (fields.language !== undefined && !LANGUAGE_TAG.test(fields.language)) {
    throw new BadUserInputError(`"${fields.language}" is not a BCP 47 language tag (such as "en" or "en-GB")`, "input", "language");
  }
  if (fields.text !== undefined && fields.text.length === 0)
    throw new BadUserInputError("A source's text must not be empty", "input", "text");
}

function checked<T extends Partial<SourceFields>>(fields: T): T & { contentHash?: string } {
  checkSourceFields(fields);
  const contentHash = fields.text === undefined ? undefined : contentHashOf(fields.text);
  return { ...fields, ...(contentHash && { contentHash }) };
}

/** Creates a source within a write's transaction (a draft's publishing makes one with its records). */
export function insertSource(tx: Tx, input: SourceFields & { slug: string }): Promise<SourceSummaryRow> {
  checkSlug(input.slug);
  const { contentHash, ...fields } = checked(input);
  return tx.source.create({ data: { ...fields, contentHash: contentHash! }, ...sourceSummary });
}

export function createSource(db: PrismaClient, writer: string, input: SourceFields & { slug: string }): Promise<SourceSummaryRow> {
  return writeTransaction(db, writer, (tx) => insertSource(tx, input));
}

/** Changes the fields given. The text may change only while no excerpt cites it (the database holds to that too). */
export function updateSource(db: PrismaClient, writer: string, input: VersionedRef & Partial<SourceFields>): Promise<SourceSummaryRow> {
  const { slug, version, ...fields } = input;
  return writeTransaction(db, writer, async (tx) => {
    const id = await lockVersioned(tx, "source", { slug, version });
    if (fields.text !== undefined && (await tx.excerpt.count({ where: { sourceId: id } })) > 0) {
      const current = await tx.source.findUniqueOrThrow({ where: { id }, select: { text: true } });
      if (current.text !== fields.text)
        throw new BadUserInputError(`The text of source "${slug}" is cited by excerpts and cannot change`, "input", "text");
    }
    return tx.source.update({ where: { id }, data: { ...checked(fields), ...nextVersion }, ...sourceSummary });
  });
}

/** Deletes a source nothing cites any more, with any excerpts left unused; returns its id. */
export function deleteSource(db: PrismaClient, writer: string, ref: VersionedRef): Promise<string> {
  return writeTransaction(db, writer, async (tx) => {
    const unused = { statements: { none: {} }, reports: { none: {} }, ties: { none: {} }, stances: { none: {} }, relations: { none: {} } };
    await tx.excerpt.deleteMany({ where: { source: { slug: ref.slug }, ...unused } });
    return deleteVersioned(tx, "source", ref);
  });
}
