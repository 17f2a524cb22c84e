import type { PrismaClient } from "@parley/db";
import { statementInclude } from "./statement-order";
import type { EventWithParts } from "./event-tree-sql";
import { loadDraftContents } from "./drafts/read";
import { createEventsOfActorLoader } from "./events";
import { KnownLoader } from "./known-loader";
import { sourceSummary } from "./sources";
import type { StatementTreeRow } from "./statement-tree";
import { loadStatementTrees, loadStatementTreesOfEvents, type PartialStatementTree, type StatementTreePart } from "./statement-tree-sql";
import { createStatementsOfSpeakerLoader, type LoadStatementCards } from "./statements";

/**
 * The loaders of one request, whose work stops when `signal` aborts (its
 * deadline passed, or its client left): no batch queries the database after
 * that. Checking here, where every nested field's data comes from, rather
 * than before each field, keeps graphql-js's execution free of per-field hooks.
 */
function loaderKit(signal: AbortSignal) {
  return {
    /** Loads rows by id in one query per batch; a missing id loads `undefined`. */
    byId<Row extends { id: string }>(fetch: (ids: string[]) => Promise<Row[]>) {
      return new KnownLoader<string, Row | undefined>(async (ids) => {
        signal.throwIfAborted();
        const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id));
      });
    },
    /** Loads the rows under each parent key in one query per batch, keeping the query's order. */
    groupedBy<Row>(fetch: (keys: string[]) => Promise<Row[]>, keysOf: (row: Row) => string[]) {
      return new KnownLoader<string, Row[]>(async (keys) => {
        signal.throwIfAborted();
        const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
        for (const row of await fetch([...keys])) {
          for (const key of keysOf(row)) groups.get(key)?.push(row);
        }
        return keys.map((key) => groups.get(key) ?? []);
      });
    },
  };
}

/**
 * One set of loaders per request: within a request, every relation of a
 * level of the query is fetched in one SQL statement, whatever the page size;
 * nothing is cached across requests.
 */
export function createLoaders(db: PrismaClient, signal: AbortSignal) {
  const { byId, groupedBy } = loaderKit(signal);
  const inIds = (ids: string[]) => ({ in: ids });
  const source = byId((ids) => db.source.findMany({ where: { id: inIds(ids) }, ...sourceSummary }));
  const actor = byId((ids) => db.actor.findMany({ where: { id: inIds(ids) } }));
  // One loader for each set of card parts asked for (usually one a request).
  const statementsOfEventWith = new Map<string, KnownLoader<string, PartialStatementTree[]>>();
  const loaders = {
    statementsOfSpeaker: createStatementsOfSpeakerLoader(db, signal, (ids) => loadCards(ids)),
    eventsOfActor: createEventsOfActorLoader(db, signal),
    source,
    actor,
    sourceText: byId((ids) => db.source.findMany({ where: { id: inIds(ids) }, select: { id: true, text: true } })),
    excerpt: byId((ids) => db.excerpt.findMany({ where: { id: inIds(ids) } })),
    event: byId((ids) => db.event.findMany({ where: { id: inIds(ids) } })),
    statement: byId((ids) => db.statement.findMany({ where: { id: inIds(ids) }, include: statementInclude })),
    // Lists' pages of statements with all their cards show, in one joined query per batch: see primeStatementTree.
    statementCard: byId(async (ids) => {
      const rows = await loadStatementTrees(db, ids);
      for (const row of rows) primeStatementTree(loaders, row);
      return rows;
    }),
    tie: byId((ids) => db.actorTie.findMany({ where: { id: inIds(ids) } })),
    draftContent: byId((ids) => loadDraftContents(db, ids)),
    topic: byId((ids) => db.topic.findMany({ where: { id: inIds(ids) } })),
    namesOfActor: groupedBy(
      (ids) => db.actorName.findMany({ where: { actorId: inIds(ids) }, orderBy: { name: "asc" } }),
      (row) => [row.actorId],
    ),
    tiesOfActor: groupedBy(
      (ids) =>
        db.actorTie.findMany({
          where: { OR: [{ actorId: inIds(ids) }, { relatedActorId: inIds(ids) }] },
          orderBy: [{ kind: "asc" }, { id: "asc" }],
        }),
      (row) => [row.actorId, row.relatedActorId],
    ),
    // The actors come in the same query (a join), and prime the actor loader.
    participantsOfEvent: groupedBy(
      async (ids) => {
        const rows = await db.eventParticipant.findMany({
          where: { eventId: inIds(ids) },
          include: { actor: true },
          orderBy: [{ role: "asc" }, { actorId: "asc" }],
          relationLoadStrategy: "join",
        });
        for (const row of rows) actor.prime(row.actorId, row.actor);
        return rows;
      },
      (row) => [row.eventId],
    ),
    topicsOfEvent: groupedBy(
      (ids) => db.eventTopic.findMany({ where: { eventId: inIds(ids) }, include: { topic: true }, orderBy: { topic: { name: "asc" } } }),
      (row) => [row.eventId],
    ),
    reportsOfEvent: groupedBy(
      (ids) =>
        db.eventReport.findMany({ where: { eventId: inIds(ids) }, include: { excerpt: true }, orderBy: { excerpt: { start: "asc" } } }),
      (row) => [row.eventId],
    ),
    // A day's statements with the parts of their cards the request shows, in one query: see primeStatementTree.
    statementsOfEvent: (parts: readonly StatementTreePart[]) => {
      const key = parts.toSorted().join();
      const found = statementsOfEventWith.get(key);
      if (found) return found;
      const loader = groupedBy(
        async (ids) => {
          const rows = await loadStatementTreesOfEvents(db, ids, parts);
          for (const row of rows) primeStatementTree(loaders, row);
          return rows;
        },
        (row) => (row.eventId ? [row.eventId] : []),
      );
      statementsOfEventWith.set(key, loader);
      return loader;
    },
    topicsOfStatement: groupedBy(
      (ids) =>
        db.statementTopic.findMany({ where: { statementId: inIds(ids) }, include: { topic: true }, orderBy: { topic: { name: "asc" } } }),
      (row) => [row.statementId],
    ),
    stancesOfStatement: groupedBy(
      (ids) => db.stance.findMany({ where: { statementId: inIds(ids) }, orderBy: { id: "asc" } }),
      (row) => [row.statementId],
    ),
    relationsFromStatement: groupedBy(
      (ids) => db.statementRelation.findMany({ where: { fromId: inIds(ids) }, orderBy: [{ kind: "asc" }, { toId: "asc" }] }),
      (row) => [row.fromId],
    ),
    relationsToStatement: groupedBy(
      (ids) => db.statementRelation.findMany({ where: { toId: inIds(ids) }, orderBy: [{ kind: "asc" }, { fromId: "asc" }] }),
      (row) => [row.toId],
    ),
  };
  const loadCards: LoadStatementCards = async (ids) => {
    const rows = await loaders.statementCard.loadMany(ids);
    const failed = rows.find((row) => row instanceof Error);
    if (failed) throw failed;
    return rows.filter((row): row is StatementTreeRow => row !== undefined);
  };
  return { ...loaders, loadStatementCards: loadCards };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Hands an event of a page, and the parts read with it, to the loaders their
 * fields read: statements made at the event name it (Statement.event), and
 * its participants and topics need not be read again.
 */
export function primeEvent(loaders: Loaders, { participants, topics, ...event }: EventWithParts): void {
  loaders.event.prime(event.id, event);
  if (participants) {
    loaders.participantsOfEvent.prime(event.id, participants);
    for (const { actor } of participants) loaders.actor.prime(actor.id, actor);
  }
  if (topics) {
    loaders.topicsOfEvent.prime(event.id, topics);
    for (const { topic } of topics) loaders.topic.prime(topic.id, topic);
  }
}

/**
 * Hands a statement's loaded tree to the loaders its card's fields read
 * (speaker, source, and those of the parts loaded: capacity, topics, stances,
 * relations and the statements at their other ends), so that resolving the
 * card queries nothing more.
 */
function primeStatementTree(loaders: Omit<Loaders, "loadStatementCards">, row: PartialStatementTree): void {
  const { excerpt, speaker, capacity, topics, stances, relations, relatedBy } = row;
  loaders.statement.prime(row.id, row);
  loaders.actor.prime(speaker.id, speaker);
  loaders.source.prime(excerpt.source.id, excerpt.source);
  if (capacity) {
    loaders.tie.prime(capacity.id, capacity);
    loaders.actor.prime(capacity.actor.id, capacity.actor).prime(capacity.relatedActor.id, capacity.relatedActor);
  }
  if (topics) {
    // In code-point order, as the database's C collation sorts topicsOfStatement's rows.
    loaders.topicsOfStatement.prime(
      row.id,
      topics.toSorted((a, b) => (a.topic.name < b.topic.name ? -1 : a.topic.name > b.topic.name ? 1 : 0)),
    );
    for (const { topic } of topics) loaders.topic.prime(topic.id, topic);
  }
  if (stances) {
    loaders.stancesOfStatement.prime(row.id, stances);
    for (const { topic, basis } of stances) {
      loaders.topic.prime(topic.id, topic);
      if (basis) loaders.excerpt.prime(basis.id, basis);
    }
  }
  if (relations) loaders.relationsFromStatement.prime(row.id, relations);
  if (relatedBy) loaders.relationsToStatement.prime(row.id, relatedBy);
  for (const other of [...(relations ?? []).map((relation) => relation.to), ...(relatedBy ?? []).map((relation) => relation.from)]) {
    loaders.statement.prime(other.id, other);
    loaders.actor.prime(other.speaker.id, other.speaker);
  }
}
