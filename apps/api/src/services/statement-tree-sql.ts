import { Prisma, type PrismaClient } from "@parley/db";
import type { StatementTreeRow } from "./statement-tree";

/**
 * The statement tree (see statement-tree.ts) built as JSON by PostgreSQL, in
 * one SQL statement. Prisma's include builds the same JSON, then maps it
 * three times over in JavaScript (parse, revive tagged values, then shape):
 * for a day's 262 statements that was the largest single cost of the request
 * and much of its garbage. Here `pg` parses it once and the dates are
 * revived. statement-tree.test.ts checks that both give the same rows.
 */

const actor = (a: string) => `json_build_object('id', ${a}.id, 'slug', ${a}.slug, 'name', ${a}.name, 'kind', ${a}.kind,
  'description', ${a}.description, 'createdAt', ${a}.created_at, 'version', ${a}.version)`;

const topic = (t: string) => `json_build_object('id', ${t}.id, 'slug', ${t}.slug, 'name', ${t}.name, 'description', ${t}.description)`;

const excerpt = (x: string) => `json_build_object('id', ${x}.id, 'sourceId', ${x}.source_id, 'start', ${x}.start, 'end', ${x}."end")`;

// Every column but the text, as sourceSummary omits it.
const sourceSummary = (src: string) => `json_build_object('id', ${src}.id, 'slug', ${src}.slug, 'kind', ${src}.kind,
  'title', ${src}.title, 'publisher', ${src}.publisher, 'url', ${src}.url, 'publishedOn', ${src}.published_on,
  'language', ${src}.language, 'contentHash', ${src}.content_hash, 'version', ${src}.version, 'createdAt', ${src}.created_at)`;

// Each row a statement points at is read by a subquery of its own, which PostgreSQL runs per
// statement through the primary key; as joins, a day's statements (estimated at twice their
// number) were planned as hash joins over the whole actor and tie tables.
const one = (json: (alias: string) => string, table: string, alias: string, id: string) =>
  `(SELECT ${json(alias)} FROM ${table} ${alias} WHERE ${alias}.id = ${id})`;

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
  'end', ${x}."end", 'source', ${one(sourceSummary, "source", "src", `${x}.source_id`)})`;

const tree = `json_build_object(${statementColumns("s")},
  'excerpt', ${one(excerptWithSource, "excerpt", "x", "s.excerpt_id")},
  'speaker', ${one(actor, "actor", "sp", "s.speaker_id")},
  'capacity', ${one(tie, "actor_tie", "c", "s.capacity_id")},
  'topics', (SELECT COALESCE(json_agg(json_build_object('statementId', st.statement_id, 'topicId', st.topic_id,
      'topic', ${one(topic, "topic", "t", "st.topic_id")})), '[]')
    FROM statement_topic st WHERE st.statement_id = s.id),
  'stances', (SELECT COALESCE(json_agg(json_build_object('id', sn.id, 'statementId', sn.statement_id, 'topicId', sn.topic_id,
      'position', sn.position, 'basisId', sn.basis_id, 'topic', ${one(topic, "topic", "t", "sn.topic_id")},
      'basis', ${one(excerpt, "excerpt", "bx", "sn.basis_id")}) ORDER BY sn.id), '[]')
    FROM stance sn WHERE sn.statement_id = s.id),
  'relations', ${relations("to")},
  'relatedBy', ${relations("from")})`;

const treeQuery = (where: Prisma.Sql, orderBy: Prisma.Sql) => Prisma.sql`
  SELECT ${Prisma.raw(tree)} AS tree FROM statement s WHERE ${where} ORDER BY ${orderBy}`;

/** A value as JSON carries it: dates as ISO strings. */
type Json<T> = T extends Date ? string : T extends (infer Item)[] ? Json<Item>[] : T extends object ? { [Key in keyof T]: Json<T[Key]> } : T;
type Tree = StatementTreeRow;
type Related = Tree["relations"][number]["to"];

const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

function reviveActor(row: Json<Tree["speaker"]>): Tree["speaker"] {
  return { ...row, createdAt: date(row.createdAt) };
}

function reviveRelated(row: Json<Related>): Related {
  return { ...row, saidAt: date(row.saidAt), createdAt: date(row.createdAt), speaker: reviveActor(row.speaker) };
}

function reviveTree(row: Json<Tree>): Tree {
  const { excerpt, capacity } = row;
  return {
    ...row,
    saidAt: date(row.saidAt),
    createdAt: date(row.createdAt),
    excerpt: { ...excerpt, source: { ...excerpt.source, publishedOn: date(excerpt.source.publishedOn), createdAt: date(excerpt.source.createdAt) } },
    speaker: reviveActor(row.speaker),
    capacity: capacity && {
      ...capacity,
      validFrom: dateOrNull(capacity.validFrom),
      validTo: dateOrNull(capacity.validTo),
      actor: reviveActor(capacity.actor),
      relatedActor: reviveActor(capacity.relatedActor),
    },
    relations: row.relations.map((relation) => ({ ...relation, to: reviveRelated(relation.to) })),
    relatedBy: row.relatedBy.map((relation) => ({ ...relation, from: reviveRelated(relation.from) })),
  };
}

const uuids = (ids: string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

/** The trees of these statements, in no particular order. */
export async function loadStatementTrees(db: PrismaClient, ids: string[]): Promise<Tree[]> {
  const rows = await db.$queryRaw<{ tree: Json<Tree> }[]>(treeQuery(Prisma.sql`s.id IN (${uuids(ids)})`, Prisma.sql`s.id`));
  return rows.map(({ tree }) => reviveTree(tree));
}

/** The trees of the statements made at these events, in the order they were said (statementKeys'). */
export async function loadStatementTreesOfEvents(db: PrismaClient, eventIds: string[]): Promise<Tree[]> {
  const where = Prisma.sql`s.event_id IN (${uuids(eventIds)})`;
  const rows = await db.$queryRaw<{ tree: Json<Tree> }[]>(treeQuery(where, Prisma.sql`s.said_at, s.excerpt_start, s.id`));
  return rows.map(({ tree }) => reviveTree(tree));
}
