import type { PrismaClient } from "@parley/db";
import DataLoader from "dataloader";
import { statementInclude, statementOrderBy } from "./statement-order";
import { loadDraftContents } from "./drafts/read";
import { createEventsOfActorLoader } from "./events";
import { sourceSummary } from "./sources";
import { createStatementsOfSpeakerLoader } from "./statements";

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
      return new DataLoader<string, Row | undefined>(async (ids) => {
        signal.throwIfAborted();
        const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id));
      });
    },
    /** Loads the rows under each parent key in one query per batch, keeping the query's order. */
    groupedBy<Row>(fetch: (keys: string[]) => Promise<Row[]>, keysOf: (row: Row) => string[]) {
      return new DataLoader<string, Row[]>(async (keys) => {
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
  return {
    statementsOfSpeaker: createStatementsOfSpeakerLoader(db, signal),
    eventsOfActor: createEventsOfActorLoader(db, signal),
    source: byId((ids) => db.source.findMany({ where: { id: inIds(ids) }, ...sourceSummary })),
    actor: byId((ids) => db.actor.findMany({ where: { id: inIds(ids) } })),
    sourceText: byId((ids) => db.source.findMany({ where: { id: inIds(ids) }, select: { id: true, text: true } })),
    excerpt: byId((ids) => db.excerpt.findMany({ where: { id: inIds(ids) } })),
    event: byId((ids) => db.event.findMany({ where: { id: inIds(ids) } })),
    statement: byId((ids) => db.statement.findMany({ where: { id: inIds(ids) }, include: statementInclude })),
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
    participantsOfEvent: groupedBy(
      (ids) => db.eventParticipant.findMany({ where: { eventId: inIds(ids) }, orderBy: [{ role: "asc" }, { actorId: "asc" }] }),
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
    statementsOfEvent: groupedBy(
      (ids) => db.statement.findMany({ where: { eventId: inIds(ids) }, include: statementInclude, orderBy: statementOrderBy }),
      (row) => (row.eventId ? [row.eventId] : []),
    ),
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
}

export type Loaders = ReturnType<typeof createLoaders>;
