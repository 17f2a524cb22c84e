import type { Prisma } from "../../generated/client/client";
import { idsByKey, keyOf, type Row, type TableWrite, writeRows } from "./bulk-write";
import { IssueList } from "./issues";
import { newId } from "./new-id";
import { type DatasetPlan, excerptsOf, type SourceSpan } from "./plan";
import { tables } from "./tables";

type Tx = Prisma.TransactionClient;

/** Rows written so far, of how many. */
export type ImportProgress = (written: number, total: number) => void;

/**
 * Refuses sources whose stored text differs from the file's while excerpts
 * cite it (every span would point elsewhere), and texts stored under another slug.
 */
async function checkStoredSources(tx: Tx, plan: DatasetPlan): Promise<void> {
  const stored = await tx.source.findMany({
    where: { OR: [{ slug: { in: plan.sources.map((s) => s.slug) } }, { contentHash: { in: plan.sources.map((s) => s.contentHash) } }] },
    select: { slug: true, contentHash: true, _count: { select: { excerpts: true } } },
  });
  const issues = new IssueList();
  plan.sources.forEach((source, i) => {
    for (const row of stored) {
      if (row.slug === source.slug && row.contentHash !== source.contentHash && row._count.excerpts > 0) {
        issues.add(
          `sources[${i}].text`,
          `differs from the text stored for "${source.slug}", which statements cite; a cited text never changes (give the new text another slug)`,
        );
      }
      if (row.slug !== source.slug && row.contentHash === source.contentHash) {
        issues.add(`sources[${i}].text`, `is already stored as source "${row.slug}"; a text is stored once`);
      }
    }
  });
  issues.throwIfAny();
}

/**
 * Writes a checked plan inside the caller's transaction, table by table, in
 * bulk. Rows are upserted by slug or natural key and touched only where they
 * differ, so writing the same plan again changes nothing; rows the plan does
 * not mention are left as they are.
 */
export async function writePlan(tx: Tx, plan: DatasetPlan, onProgress: ImportProgress = () => undefined): Promise<void> {
  // Who made the change, for the history the database keeps by triggers.
  await tx.$executeRawUnsafe("SELECT set_config('parley.changed_by', 'import', true)");
  await checkStoredSources(tx, plan);

  const excerpts = excerptsOf(plan);
  const count = (lists: readonly unknown[][]) => lists.reduce((sum, list) => sum + list.length, 0);
  const total =
    count([plan.sources, excerpts, plan.topics, plan.actors, plan.ties, plan.events, plan.statements, plan.relations]) +
    count(plan.actors.map((a) => a.names)) +
    count(plan.events.flatMap((e) => [e.participants, e.topics, e.reportedBy])) +
    count(plan.statements.flatMap((s) => [s.topics, s.stances]));
  let written = 0;
  const write = async (spec: TableWrite, rows: Row[]) => writeRows(tx, spec, rows, (chunk) => onProgress((written += chunk), total));
  /** Writes rows keyed by slug and returns their ids by slug. */
  const writeBySlug = async (spec: TableWrite, rows: Row[]) => {
    await write(spec, rows);
    return lookup(
      await idsByKey(
        tx,
        spec,
        rows.map((row) => ({ slug: row.slug! })),
      ),
      spec.table,
    );
  };

  const sourceId = await writeBySlug(
    tables.source,
    plan.sources.map((s) => ({
      id: newId(),
      slug: s.slug,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher ?? null,
      url: s.url ?? null,
      published_on: s.publishedOn,
      language: s.language,
      text: s.text,
      content_hash: s.contentHash,
    })),
  );

  const excerptRows = excerpts.map((span) => ({ id: newId(), source_id: sourceId(span.source), start: span.start, end: span.end }));
  await write(tables.excerpt, excerptRows);
  const excerptIds = await idsByKey(
    tx,
    tables.excerpt,
    excerptRows.map(({ source_id, start, end }) => ({ source_id, start, end })),
  );
  const excerptId = (span: SourceSpan | null) =>
    span ? lookup(excerptIds, "excerpt")(keyOf([sourceId(span.source), span.start, span.end])) : null;

  const topicId = await writeBySlug(
    tables.topic,
    plan.topics.map((t) => ({ id: newId(), slug: t.slug, name: t.name, description: t.description ?? null })),
  );
  const actorId = await writeBySlug(
    tables.actor,
    plan.actors.map((a) => ({ id: newId(), slug: a.slug, name: a.name, kind: a.kind, description: a.description ?? null })),
  );
  await write(
    tables.actorName,
    plan.actors.flatMap((a) => a.names.map((name) => ({ id: newId(), actor_id: actorId(a.slug), name }))),
  );

  const tieRows = plan.ties.map((tie) => ({
    id: newId(),
    actor_id: actorId(tie.actor),
    related_actor_id: actorId(tie.relatedActor),
    kind: tie.kind,
    title: tie.title ?? null,
    valid_from: tie.validFrom ?? null,
    valid_to: tie.validTo ?? null,
    excerpt_id: excerptId(tie.attestedBy),
  }));
  await write(tables.actorTie, tieRows);
  const tieIds = lookup(
    await idsByKey(
      tx,
      tables.actorTie,
      tieRows.map(({ actor_id, related_actor_id, kind }) => ({ actor_id, related_actor_id, kind })),
    ),
    "tie",
  );

  const eventId = await writeBySlug(
    tables.event,
    plan.events.map((e) => ({
      id: newId(),
      slug: e.slug,
      title: e.title,
      kind: e.kind,
      summary: e.summary ?? null,
      starts_at: e.startsAt,
      ends_at: e.endsAt ?? null,
      time_precision: e.timePrecision,
      time_zone: e.timeZone,
      order_in_day: e.orderInDay,
      place_name: e.place ?? null,
      status: e.status,
    })),
  );
  await write(
    tables.eventParticipant,
    plan.events.flatMap((e) => e.participants.map((p) => ({ event_id: eventId(e.slug), actor_id: actorId(p.actor), role: p.role }))),
  );
  await write(
    tables.eventTopic,
    plan.events.flatMap((e) => e.topics.map((slug) => ({ event_id: eventId(e.slug), topic_id: topicId(slug) }))),
  );
  await write(
    tables.eventReport,
    plan.events.flatMap((e) => e.reportedBy.map((span) => ({ event_id: eventId(e.slug), excerpt_id: excerptId(span) }))),
  );

  const statementId = await writeBySlug(
    tables.statement,
    plan.statements.map((s) => ({
      id: newId(),
      slug: s.slug,
      text: s.text,
      kind: s.kind,
      speaker_id: actorId(s.speaker),
      event_id: s.event ? eventId(s.event) : null,
      said_at: s.saidAt,
      time_precision: s.timePrecision,
      excerpt_id: excerptId(s.excerpt),
      capacity_id: s.capacity ? tieIds(keyOf([actorId(s.capacity.actor), actorId(s.capacity.relatedActor), s.capacity.kind])) : null,
    })),
  );
  await write(
    tables.statementTopic,
    plan.statements.flatMap((s) => s.topics.map((slug) => ({ statement_id: statementId(s.slug), topic_id: topicId(slug) }))),
  );
  await write(
    tables.stance,
    plan.statements.flatMap((s) =>
      s.stances.map((stance) => ({
        id: newId(),
        statement_id: statementId(s.slug),
        topic_id: topicId(stance.topic),
        position: stance.position,
        basis_id: excerptId(stance.basis),
      })),
    ),
  );
  await write(
    tables.statementRelation,
    plan.relations.map((r) => ({ from_id: statementId(r.from), to_id: statementId(r.to), kind: r.kind, basis_id: excerptId(r.basis) })),
  );
}

/** A lookup that fails loudly: the plan's references were checked, so a missing id is a bug, not a user's mistake. */
function lookup(ids: Map<string, string>, what: string): (key: string) => string {
  return (key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`No ${what} row was written for ${key}`);
    return id;
  };
}
