import type { PrismaClient } from "@parley/db";
import type { StancePosition, StatementKind, StatementRelationKind, TimePrecision } from "../../enums";
import { BadUserInputError } from "../../errors";
import { statementInclude, type StatementRow } from "../statement-order";
import { checkNotBlank, checkProvenance, checkSlug } from "./checks";
import { dropExcerptIfUnused, excerptIdFor } from "./excerpts";
import { type ExcerptLocator, locateExcerpt } from "./locate-excerpt";
import { actorIdOf, eventIdOf, sourceOf, statementIdOf, topicIdOf, topicIdsOf } from "./references";
import { type Tx, writeTransaction } from "./transaction";
import { deleteVersioned, lockVersioned, nextVersion, type VersionedRef } from "./versioned";

export interface StatementFields {
  text: string;
  kind: StatementKind;
  /** Slug of the actor who said it. */
  speaker: string;
  /** Slug of the event it was made at; null for none. */
  event?: string | null;
  saidAt: Date;
  timePrecision: TimePrecision;
  /** Slug of the source that reports it. */
  source: string;
  /** A span of the source's text, or its exact words. */
  excerpt: ExcerptLocator;
  /** Slugs of the topics it is about; on update, replaces them all. */
  topics?: string[] | null;
}

/** The statement's row as it will be, checked: references resolved, excerpt inside its source, a direct quote exact. */
async function resolve(tx: Tx, fields: StatementFields) {
  checkNotBlank(fields.text, "text");
  const source = await sourceOf(tx, fields.source, "source");
  const excerpt = locateExcerpt(source.text, fields.excerpt, "excerpt");
  checkProvenance({ ...fields, excerpt }, source.text);
  return {
    text: fields.text,
    kind: fields.kind,
    saidAt: fields.saidAt,
    timePrecision: fields.timePrecision,
    speakerId: await actorIdOf(tx, fields.speaker, "speaker"),
    eventId: fields.event ? await eventIdOf(tx, fields.event, "event") : null,
    excerptId: await excerptIdFor(tx, source.id, excerpt),
  };
}

async function setTopics(tx: Tx, statementId: string, slugs: string[]): Promise<void> {
  const topicIds = await topicIdsOf(tx, slugs, "topics");
  await tx.statementTopic.deleteMany({ where: { statementId, topicId: { notIn: topicIds } } });
  await tx.statementTopic.createMany({ data: topicIds.map((topicId) => ({ statementId, topicId })), skipDuplicates: true });
}

const read = (tx: Tx, slug: string) => tx.statement.findUniqueOrThrow({ where: { slug }, include: statementInclude });

/** Creates a statement within a write's transaction (a draft's publishing makes many in one); returns its id. */
export async function insertStatement(tx: Tx, input: StatementFields & { slug: string }): Promise<string> {
  checkSlug(input.slug);
  const row = await tx.statement.create({ data: { slug: input.slug, ...(await resolve(tx, input)) }, select: { id: true } });
  if (input.topics) await setTopics(tx, row.id, input.topics);
  return row.id;
}

export function createStatement(db: PrismaClient, writer: string, input: StatementFields & { slug: string }): Promise<StatementRow> {
  return writeTransaction(db, writer, async (tx) => {
    await insertStatement(tx, input);
    return read(tx, input.slug);
  });
}

/** Changes the fields given; the others keep their values, and the whole is checked again. */
export function updateStatement(db: PrismaClient, writer: string, input: VersionedRef & Partial<StatementFields>): Promise<StatementRow> {
  return writeTransaction(db, writer, async (tx) => {
    const current = await tx.statement.findUnique({
      where: { slug: input.slug },
      include: {
        excerpt: { include: { source: { select: { slug: true } } } },
        speaker: { select: { slug: true } },
        event: { select: { slug: true } },
      },
    });
    if (!current) throw new BadUserInputError(`No statement has the slug "${input.slug}"`, "input", "slug");
    const merged: StatementFields = {
      text: input.text ?? current.text,
      kind: input.kind ?? current.kind,
      speaker: input.speaker ?? current.speaker.slug,
      event: input.event === undefined ? current.event?.slug : input.event,
      saidAt: input.saidAt ?? current.saidAt,
      timePrecision: input.timePrecision ?? current.timePrecision,
      source: input.source ?? current.excerpt.source.slug,
      excerpt: input.excerpt ?? { start: current.excerpt.start, end: current.excerpt.end },
    };
    await lockVersioned(tx, "statement", input, true);
    await tx.statement.update({ where: { id: current.id }, data: { ...(await resolve(tx, merged)), ...nextVersion } });
    if (input.topics) await setTopics(tx, current.id, input.topics);
    await dropExcerptIfUnused(tx, current.excerptId);
    return read(tx, input.slug);
  });
}

/** Deletes a statement with its topics, stances and relations; returns its id. */
export function deleteStatement(db: PrismaClient, writer: string, ref: VersionedRef): Promise<string> {
  return writeTransaction(db, writer, async (tx) => {
    const current = await tx.statement.findUnique({ where: { slug: ref.slug }, select: { excerptId: true } });
    const id = await deleteVersioned(tx, "statement", ref, current !== null);
    await dropExcerptIfUnused(tx, current!.excerptId);
    return id;
  });
}

export interface RelationInput {
  from: string;
  to: string;
  kind: StatementRelationKind;
}

async function relationIds(tx: Tx, input: RelationInput) {
  const fromId = await statementIdOf(tx, input.from, "from");
  const toId = await statementIdOf(tx, input.to, "to");
  if (fromId === toId) throw new BadUserInputError("A statement cannot relate to itself", "input", "to");
  return { fromId, toId, kind: input.kind };
}

/** Records that `from` relates to `to` (RESPONDS_TO, CONTRADICTS...); returns `from`. Recording it again changes nothing. */
export async function insertStatementRelation(tx: Tx, input: RelationInput): Promise<void> {
  await tx.statementRelation.createMany({ data: [await relationIds(tx, input)], skipDuplicates: true });
}

export function createStatementRelation(db: PrismaClient, writer: string, input: RelationInput): Promise<StatementRow> {
  return writeTransaction(db, writer, async (tx) => {
    await insertStatementRelation(tx, input);
    return read(tx, input.from);
  });
}

export function deleteStatementRelation(db: PrismaClient, writer: string, input: RelationInput): Promise<StatementRow> {
  return writeTransaction(db, writer, async (tx) => {
    const { count } = await tx.statementRelation.deleteMany({ where: await relationIds(tx, input) });
    if (count === 0) throw new BadUserInputError(`"${input.from}" has no ${input.kind} relation to "${input.to}"`, "input", "to");
    return read(tx, input.from);
  });
}

/** Sets a statement's position towards a topic, replacing any it had; returns the statement. */
export interface StanceInput {
  statement: string;
  topic: string;
  position: StancePosition;
}

export async function setStanceIn(tx: Tx, input: StanceInput): Promise<void> {
  const statementId = await statementIdOf(tx, input.statement, "statement");
  const topicId = await topicIdOf(tx, input.topic, "topic");
  // Insert, or else update: never two rows for one pair, even when two writers set it at once.
  await tx.stance.createMany({ data: [{ statementId, topicId, position: input.position }], skipDuplicates: true });
  await tx.stance.updateMany({ where: { statementId, topicId }, data: { position: input.position } });
}

export function setStance(db: PrismaClient, writer: string, input: StanceInput): Promise<StatementRow> {
  return writeTransaction(db, writer, async (tx) => {
    await setStanceIn(tx, input);
    return read(tx, input.statement);
  });
}

export function removeStance(db: PrismaClient, writer: string, input: { statement: string; topic: string }): Promise<StatementRow> {
  return writeTransaction(db, writer, async (tx) => {
    const statementId = await statementIdOf(tx, input.statement, "statement");
    const topicId = await topicIdOf(tx, input.topic, "topic");
    const { count } = await tx.stance.deleteMany({ where: { statementId, topicId } });
    if (count === 0) throw new BadUserInputError(`"${input.statement}" takes no stance on "${input.topic}"`, "input", "topic");
    return read(tx, input.statement);
  });
}
