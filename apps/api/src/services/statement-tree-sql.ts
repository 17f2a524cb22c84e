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

const statementColumns = (s: string) => `'id', ${s}.id, 'slug', ${s}.slug, 'text', ${s}.text, 'kind', ${s}.kind,
  'speakerId', ${s}.speaker_id, 'eventId', ${s}.event_id, 'saidAt', ${s}.said_at, 'timePrecision', ${s}.time_precision,
  'excerptId', ${s}.excerpt_id, 'capacityId', ${s}.capacity_id, 'version', ${s}.version, 'createdAt', ${s}.created_at,
  'excerptStart', ${s}.excerpt_start`;

/** The relations from (or to) statement `s`, each with the statement at its other end, its excerpt and speaker. */
const relations = (end: "to" | "from") => {
  const [near, far] = end === "to" ? ["from_id", "to_id"] : ["to_id", "from_id"];
  return `(SELECT COALESCE(json_agg(json_build_object('fromId', r.from_id, 'toId', r.to_id, 'kind', r.kind, 'basisId', r.basis_id,
      '${end}', json_build_object(${statementColumns("o")}, 'excerpt', ${excerpt("ox")}, 'speaker', ${actor("oa")})
    ) ORDER BY r.kind, r.${far}), '[]')
    FROM statement_relation r JOIN statement o ON o.id = r.${far} JOIN excerpt ox ON ox.id = o.excerpt_id JOIN actor oa ON oa.id = o.speaker_id
    WHERE r.${near} = s.id)`;
};

const tree = `json_build_object(${statementColumns("s")},
  'excerpt', json_build_object('id', x.id, 'sourceId', x.source_id, 'start', x.start, 'end', x."end", 'source', ${sourceSummary("src")}),
  'speaker', ${actor("sp")},
  'capacity', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'actorId', c.actor_id,
    'relatedActorId', c.related_actor_id, 'kind', c.kind, 'title', c.title, 'validFrom', c.valid_from, 'validTo', c.valid_to,
    'excerptId', c.excerpt_id, 'actor', ${actor("ca")}, 'relatedActor', ${actor("cr")}) END,
  'topics', (SELECT COALESCE(json_agg(json_build_object('statementId', st.statement_id, 'topicId', st.topic_id, 'topic', ${topic("t")})), '[]')
    FROM statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = s.id),
  'stances', (SELECT COALESCE(json_agg(json_build_object('id', sn.id, 'statementId', sn.statement_id, 'topicId', sn.topic_id,
      'position', sn.position, 'basisId', sn.basis_id, 'topic', ${topic("t")},
      'basis', CASE WHEN bx.id IS NULL THEN NULL ELSE ${excerpt("bx")} END) ORDER BY sn.id), '[]')
    FROM stance sn JOIN topic t ON t.id = sn.topic_id LEFT JOIN excerpt bx ON bx.id = sn.basis_id WHERE sn.statement_id = s.id),
  'relations', ${relations("to")},
  'relatedBy', ${relations("from")})`;

const treeQuery = (where: Prisma.Sql, orderBy: Prisma.Sql) => Prisma.sql`
  SELECT ${Prisma.raw(tree)} AS tree
  FROM statement s
  JOIN excerpt x ON x.id = s.excerpt_id
  JOIN source src ON src.id = x.source_id
  JOIN actor sp ON sp.id = s.speaker_id
  LEFT JOIN actor_tie c ON c.id = s.capacity_id
  LEFT JOIN actor ca ON ca.id = c.actor_id
  LEFT JOIN actor cr ON cr.id = c.related_actor_id
  WHERE ${where}
  ORDER BY ${orderBy}`;

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
