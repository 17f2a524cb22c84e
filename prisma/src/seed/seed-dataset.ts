import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma, PrismaClient } from "../../generated/client/client";
import { packageRoot } from "../package-root";
import type { Dataset, TextLocator, TieKey } from "./dataset";
import { locate } from "./locate";

/** Where datasets' source files live: prisma/data. */
export const dataDir = path.join(packageRoot, "data");

type Tx = Prisma.TransactionClient;

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
const tieKey = (tie: TieKey) => `${tie.actor} ${tie.kind} ${tie.relatedActor}`;

function requireId(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`The dataset refers to an unknown ${what}: ${key}`);
  return id;
}

export class SourceTextChangedError extends Error {
  override name = "SourceTextChangedError";
}

/**
 * Writes a dataset in one transaction. Every row is keyed by a slug or a
 * natural key, so seeding again changes nothing. Every locator is resolved
 * before the first write, so a dataset that does not match its source text
 * writes nothing.
 */
export async function seedDataset(prisma: PrismaClient, dataset: Dataset): Promise<void> {
  const text = await readFile(path.join(dataDir, dataset.source.file), "utf8");
  const spans = new Map<TextLocator, { start: number; end: number }>();
  const span = (locator: TextLocator) => {
    let found = spans.get(locator);
    if (!found) spans.set(locator, (found = locate(text, locator)));
    return found;
  };
  dataset.ties.forEach((tie) => span(tie.attestedBy));
  dataset.events.forEach((event) => event.reportedBy.forEach(span));
  dataset.statements.forEach((statement) => {
    span(statement.excerpt);
    statement.stances.forEach((stance) => stance.basis && span(stance.basis));
  });
  dataset.relations.forEach((relation) => relation.basis && span(relation.basis));

  // Seeding writes a few hundred rows; the default 5 s is tight for PGlite.
  await prisma.$transaction((tx) => writeDataset(tx, dataset, text, span), { timeout: 60_000, maxWait: 60_000 });
}

async function writeDataset(
  tx: Tx,
  dataset: Dataset,
  text: string,
  span: (locator: TextLocator) => { start: number; end: number },
): Promise<void> {
  const contentHash = createHash("sha256").update(text, "utf8").digest("hex");
  const { file: _file, ...sourceFields } = dataset.source;
  const source = await tx.source.upsert({
    where: { slug: dataset.source.slug },
    create: { ...sourceFields, publishedOn: asDate(sourceFields.publishedOn), text, contentHash },
    update: {},
  });
  if (source.contentHash !== contentHash) {
    throw new SourceTextChangedError(
      `Source ${source.slug} is stored with another text; excerpts index into it, so it is never replaced in place`,
    );
  }

  const excerptIds = new Map<string, string>();
  const excerptId = async (locator: TextLocator) => {
    const { start, end } = span(locator);
    const key = `${start}:${end}`;
    let id = excerptIds.get(key);
    if (id === undefined) {
      const excerpt = await tx.excerpt.upsert({
        where: { sourceId_start_end: { sourceId: source.id, start, end } },
        create: { sourceId: source.id, start, end },
        update: {},
      });
      excerptIds.set(key, (id = excerpt.id));
    }
    return id;
  };

  const topicIds = new Map<string, string>();
  for (const topic of dataset.topics) {
    const row = await tx.topic.upsert({ where: { slug: topic.slug }, create: topic, update: topic });
    topicIds.set(topic.slug, row.id);
  }
  const topicId = (slug: string) => requireId(topicIds, slug, "topic");

  const actorIds = new Map<string, string>();
  for (const { names, ...actor } of dataset.actors) {
    const row = await tx.actor.upsert({ where: { slug: actor.slug }, create: actor, update: actor });
    actorIds.set(actor.slug, row.id);
    await tx.actorName.createMany({ data: names.map((name) => ({ actorId: row.id, name })), skipDuplicates: true });
  }
  const actorId = (slug: string) => requireId(actorIds, slug, "actor");

  const tieIds = new Map<string, string>();
  for (const tie of dataset.ties) {
    const key = { actorId: actorId(tie.actor), relatedActorId: actorId(tie.relatedActor), kind: tie.kind };
    const fields = {
      title: tie.title ?? null,
      validFrom: tie.validFrom ? asDate(tie.validFrom) : null,
      validTo: tie.validTo ? asDate(tie.validTo) : null,
      excerptId: await excerptId(tie.attestedBy),
    };
    const row = await tx.actorTie.upsert({
      where: { actorId_relatedActorId_kind: key },
      create: { ...key, ...fields },
      update: fields,
    });
    tieIds.set(tieKey(tie), row.id);
  }
  const capacityIds = new Map(
    dataset.capacities.map(({ speaker, tie }) => [speaker, requireId(tieIds, tieKey(tie), "tie")]),
  );

  const events = new Map<string, { id: string; startsAt: Date; timePrecision: Dataset["events"][number]["timePrecision"] }>();
  for (const { participants, topics, reportedBy, place, ...event } of dataset.events) {
    const fields = { ...event, placeName: place ?? null, startsAt: new Date(event.startsAt) };
    const row = await tx.event.upsert({ where: { slug: event.slug }, create: fields, update: fields });
    events.set(event.slug, row);
    await tx.eventParticipant.createMany({
      data: participants.map(({ actor, role }) => ({ eventId: row.id, actorId: actorId(actor), role })),
      skipDuplicates: true,
    });
    await tx.eventTopic.createMany({
      data: topics.map((slug) => ({ eventId: row.id, topicId: topicId(slug) })),
      skipDuplicates: true,
    });
    const reportIds = [];
    for (const locator of reportedBy) reportIds.push(await excerptId(locator));
    await tx.eventReport.createMany({
      data: reportIds.map((id) => ({ eventId: row.id, excerptId: id })),
      skipDuplicates: true,
    });
  }

  const statementIds = new Map<string, string>();
  for (const statement of dataset.statements) {
    const event = events.get(statement.event);
    if (!event) throw new Error(`Statement ${statement.slug} refers to an unknown event: ${statement.event}`);
    const { start, end } = span(statement.excerpt);
    const fields = {
      text: text.slice(start, end),
      kind: statement.kind,
      speakerId: actorId(statement.speaker),
      eventId: event.id,
      saidAt: event.startsAt,
      timePrecision: event.timePrecision,
      excerptId: await excerptId(statement.excerpt),
      capacityId: capacityIds.get(statement.speaker) ?? null,
    };
    const row = await tx.statement.upsert({
      where: { slug: statement.slug },
      create: { slug: statement.slug, ...fields },
      update: fields,
    });
    statementIds.set(statement.slug, row.id);
    await tx.statementTopic.createMany({
      data: statement.topics.map((slug) => ({ statementId: row.id, topicId: topicId(slug) })),
      skipDuplicates: true,
    });
    for (const stance of statement.stances) {
      const key = { statementId: row.id, topicId: topicId(stance.topic) };
      const stanceFields = { position: stance.position, basisId: stance.basis ? await excerptId(stance.basis) : null };
      await tx.stance.upsert({
        where: { statementId_topicId: key },
        create: { ...key, ...stanceFields },
        update: stanceFields,
      });
    }
  }
  const statementId = (slug: string) => requireId(statementIds, slug, "statement");

  for (const relation of dataset.relations) {
    const key = { fromId: statementId(relation.from), toId: statementId(relation.to), kind: relation.kind };
    const basisId = relation.basis ? await excerptId(relation.basis) : null;
    await tx.statementRelation.upsert({
      where: { fromId_toId_kind: key },
      create: { ...key, basisId },
      update: { basisId },
    });
  }
}
