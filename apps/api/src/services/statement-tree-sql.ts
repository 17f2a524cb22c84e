import { Prisma, type PrismaClient } from "@parley/db";
import { actorJson as actor, type Json, oneJson as one, reviveDates, topicJson as topic } from "./row-json";
import { sourceSummaryJson } from "./sources";
import type { StatementTreeRow } from "./statement-tree";

/**
 * The statement tree (see statement-tree.ts) built as JSON by PostgreSQL, in
 * one SQL statement. Prisma's include builds the same JSON, then maps it
 * three times over in JavaScript (parse, revive tagged values, then shape):
 * for a day's 262 statements that was the largest single cost of the request
 * and much of its garbage. Here `pg` parses it once and the dates are
 * revived. statement-tree.test.ts checks that both give the same rows.
 */

const excerpt = (x: string) => `json_build_object('id', ${x}.id, 'sourceId', ${x}.source_id, 'start', ${x}.start, 'end', ${x}."end")`;

const statementColumns = (s: string) => `'id', ${s}.id, 'slug', ${s}.slug, 'text', ${s}.text, 'kind', ${s}.kind,
  'speakerId', ${s}.speaker_id, 'eventId', ${s}.event_id, 'saidAt', ${s}.said_at, 'timePrecision', ${s}.time_precision,
  'excerptId', ${s}.excerpt_id, 'capacityId', ${s}.capacity_id, 'version', ${s}.version, 'createdAt', ${s}.created_at,
  'excerptStart', ${s}.excerpt_start`;

/** The relations from (or to) statement `s`, each with the statement at its other end, its excerpt and speaker. */
const relations = (end: "to" | "from") => {
  const [near, far] = end === "to" ? ["from_id", "to_id"] : ["to_id", "from_id"];
  return `(SELECT COALESCE(json_agg(json_build_object('fromId', r.from_id, 'toId', r.to_id, 'kind', r.kind, 'basisId', r.basis_id,
      '${end}', json_build_object(${statementColumns("o")}, 'excerpt', ${one(excerpt, "excerpt", "ox", "o.excerpt_id")},
        'speaker', ${one(actor, "actor", "oa", "o.speaker_id")})
    ) ORDER BY r.kind, r.${far}), '[]')
    FROM statement_relation r JOIN statement o ON o.id = r.${far}
    WHERE r.${near} = s.id)`;
};

const tie = (c: string) => `json_build_object('id', ${c}.id, 'actorId', ${c}.actor_id, 'relatedActorId', ${c}.related_actor_id,
  'kind', ${c}.kind, 'title', ${c}.title, 'validFrom', ${c}.valid_from, 'validTo', ${c}.valid_to, 'excerptId', ${c}.excerpt_id,
  'actor', ${one(actor, "actor", "ca", `${c}.actor_id`)}, 'relatedActor', ${one(actor, "actor", "cr", `${c}.related_actor_id`)})`;

const excerptWithSource = (x: string) => `json_build_object('id', ${x}.id, 'sourceId', ${x}.source_id, 'start', ${x}.start,
  'end', ${x}."end", 'source', ${one(sourceSummaryJson, "source", "src", `${x}.source_id`)})`;

/** The parts of a card that are read only when the request shows them (see EventResolver.statements). */
export const statementTreeParts = ["capacity", "topics", "stances", "relations", "relatedBy"] as const;
export type StatementTreePart = (typeof statementTreeParts)[number];

const partSql: Record<StatementTreePart, string> = {
  capacity: one(tie, "actor_tie", "c", "s.capacity_id"),
  topics: `(SELECT COALESCE(json_agg(json_build_object('statementId', st.statement_id, 'topicId', st.topic_id,
      'topic', ${one(topic, "topic", "t", "st.topic_id")})), '[]')
    FROM statement_topic st WHERE st.statement_id = s.id)`,
  stances: `(SELECT COALESCE(json_agg(json_build_object('id', sn.id, 'statementId', sn.statement_id, 'topicId', sn.topic_id,
      'position', sn.position, 'basisId', sn.basis_id, 'topic', ${one(topic, "topic", "t", "sn.topic_id")},
      'basis', ${one(excerpt, "excerpt", "bx", "sn.basis_id")}) ORDER BY sn.id), '[]')
    FROM stance sn WHERE sn.statement_id = s.id)`,
  relations: relations("to"),
  relatedBy: relations("from"),
};

/** The statement, its excerpt with its source, its speaker, and the parts asked for. */
const tree = (parts: readonly StatementTreePart[]) => `json_build_object(${statementColumns("s")},
  'excerpt', ${one(excerptWithSource, "excerpt", "x", "s.excerpt_id")},
  'speaker', ${one(actor, "actor", "sp", "s.speaker_id")}${parts.map((part) => `,\n  '${part}', ${partSql[part]}`).join("")})`;

const treeQuery = (parts: readonly StatementTreePart[], where: Prisma.Sql, orderBy: Prisma.Sql) => Prisma.sql`
  SELECT ${Prisma.raw(tree(parts))} AS tree FROM statement s WHERE ${where} ORDER BY ${orderBy}`;

type Tree = StatementTreeRow;

/** A statement tree with the parts that were asked for. */
export type PartialStatementTree = Omit<Tree, StatementTreePart> & Partial<Pick<Tree, StatementTreePart>>;

function reviveRelated(row: Json<Tree["relations"][number]["to"]>): void {
  reviveDates(row, ["saidAt", "createdAt"]);
  reviveDates(row.speaker, ["createdAt"]);
}

/** The tree a row's parsed JSON describes, revived in place (see reviveDates). */
function reviveTree(row: Json<PartialStatementTree>): PartialStatementTree {
  const { excerpt, speaker, capacity, relations, relatedBy } = row;
  reviveDates(row, ["saidAt", "createdAt"]);
  reviveDates(excerpt.source, ["publishedOn", "createdAt"]);
  reviveDates(speaker, ["createdAt"]);
  if (capacity) {
    reviveDates(capacity, ["validFrom", "validTo"]);
    reviveDates(capacity.actor, ["createdAt"]);
    reviveDates(capacity.relatedActor, ["createdAt"]);
  }
  for (const relation of relations ?? []) reviveRelated(relation.to);
  for (const relation of relatedBy ?? []) reviveRelated(relation.from);
  return row as unknown as PartialStatementTree;
}

const uuids = (ids: string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

async function queryTrees(db: PrismaClient, parts: readonly StatementTreePart[], where: Prisma.Sql, orderBy: Prisma.Sql) {
  const rows = await db.$queryRaw<{ tree: Json<PartialStatementTree> }[]>(treeQuery(parts, where, orderBy));
  return rows.map(({ tree }) => reviveTree(tree));
}

/** The trees of these statements, in no particular order: whole, or with the parts asked for. */
export async function loadStatementTrees(db: PrismaClient, ids: string[]): Promise<Tree[]>;
export async function loadStatementTrees(
  db: PrismaClient,
  ids: string[],
  parts: readonly StatementTreePart[],
): Promise<PartialStatementTree[]>;
export async function loadStatementTrees(db: PrismaClient, ids: string[], parts: readonly StatementTreePart[] = statementTreeParts) {
  return queryTrees(db, parts, Prisma.sql`s.id IN (${uuids(ids)})`, Prisma.sql`s.id`);
}

/** The trees of the statements made at these events, in the order they were said (statementKeys'): whole, or with the parts asked for. */
export async function loadStatementTreesOfEvents(db: PrismaClient, eventIds: string[]): Promise<Tree[]>;
export async function loadStatementTreesOfEvents(
  db: PrismaClient,
  eventIds: string[],
  parts: readonly StatementTreePart[],
): Promise<PartialStatementTree[]>;
export async function loadStatementTreesOfEvents(
  db: PrismaClient,
  eventIds: string[],
  parts: readonly StatementTreePart[] = statementTreeParts,
) {
  return queryTrees(db, parts, Prisma.sql`s.event_id IN (${uuids(eventIds)})`, Prisma.sql`s.said_at, s.excerpt_start, s.id`);
}
