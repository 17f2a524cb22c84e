import { Prisma, type PrismaClient } from "@parley/db";
import type { StancePosition, StatementKind } from "../enums";
import { BadUserInputError } from "../errors";
import { inEnum } from "./enum-sql";
import { cursorValue } from "../paging/cursor";
import { paginateLoaded } from "../paging/loaded";
import type { Page, PageArgs } from "../paging/page";
import { createPagedLoader, type PageSql, paginateSql, type SqlOrder } from "../paging/keyset";
import { topicIds, type TopicIds } from "./topics";
import { statementInclude, statementKeys, type StatementRow } from "./statement-order";
import { markMatches, prefixQuery, spansOfMarkedText, type TextSpan } from "./text-search";

export interface StatementFilters {
  /** Full-text search of the statement's text: web-search syntax, every word also a prefix. */
  search?: string | null;
  kinds?: StatementKind[] | null;
  /** Slug of the speaking actor. */
  speaker?: string | null;
  /** Slug of the event the statement was made at. */
  event?: string | null;
  /** Slug of the source whose text holds the statement's excerpt. */
  source?: string | null;
  /** Slug of a topic the statement is about. */
  topic?: string | null;
  /** Only statements taking this position (towards `topic`, when given). */
  stance?: StancePosition | null;
  /** Said at or after this instant. */
  saidFrom?: Date | null;
  /** Said before this instant. */
  saidBefore?: Date | null;
}

/** A statement as a list returns it: with, when a search found it, how well it matches and where. */
export type StatementMatch = StatementRow & { rank: number | null; highlights: TextSpan[] };

function searchQuery(filters: StatementFilters): Prisma.Sql | null {
  return (filters.search ?? "").trim() === "" ? null : prefixQuery("english", filters.search!);
}

/** The ids of the filter's topic (see topicIds): none for a topic that does not exist, undefined without a topic. */
async function topicIdsOf(db: PrismaClient, filters: StatementFilters): Promise<string[] | undefined> {
  return filters.topic ? topicIds(db, [filters.topic]) : undefined;
}

/**
 * The filters besides a search as SQL conditions on the statement table's
 * alias `s`, the services' lists and the compiled reads' alike; `topicIds`
 * are the filter's topic's (undefined without one).
 */
export function statementConditions(filters: StatementFilters, s: string, topicIds: TopicIds | undefined): Prisma.Sql[] {
  if (filters.saidFrom && filters.saidBefore && filters.saidFrom.getTime() >= filters.saidBefore.getTime()) {
    throw new BadUserInputError("`saidFrom` must come before `saidBefore`", "saidBefore");
  }
  const column = (name: string) => Prisma.raw(`${s}.${name}`);
  const all: Prisma.Sql[] = [];
  if (filters.kinds) all.push(inEnum(column("kind"), "StatementKind", filters.kinds));
  if (filters.speaker) all.push(Prisma.sql`${column("speaker_id")} = (SELECT id FROM actor WHERE slug = ${filters.speaker})`);
  if (filters.event) all.push(Prisma.sql`${column("event_id")} = (SELECT id FROM event WHERE slug = ${filters.event})`);
  if (filters.source) {
    all.push(
      Prisma.sql`${column("excerpt_id")} IN (SELECT x.id FROM excerpt x JOIN source so ON so.id = x.source_id WHERE so.slug = ${filters.source})`,
    );
  }
  if (filters.saidFrom) all.push(Prisma.sql`${column("said_at")} >= ${filters.saidFrom}::timestamptz`);
  if (filters.saidBefore) all.push(Prisma.sql`${column("said_at")} < ${filters.saidBefore}::timestamptz`);
  const onTopic = (topicColumn: string) =>
    topicIds === undefined ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(topicColumn)} = ANY(${topicIds}::uuid[])`;
  if (filters.stance) {
    all.push(
      Prisma.sql`EXISTS (SELECT 1 FROM stance x WHERE x.statement_id = ${column("id")} AND ${inEnum(Prisma.sql`x.position`, "StancePosition", [filters.stance])} ${onTopic("x.topic_id")})`,
    );
  } else if (topicIds !== undefined) {
    all.push(Prisma.sql`EXISTS (SELECT 1 FROM statement_topic st WHERE st.statement_id = ${column("id")} ${onTopic("st.topic_id")})`);
  }
  return all;
}

/** The filters as SQL conditions on `s`, with the search's, when there is one. */
function conditions(filters: StatementFilters, query: Prisma.Sql | null, topicIds: TopicIds | undefined): Prisma.Sql[] {
  return [...(query ? [Prisma.sql`s.search_vector @@ ${query}`] : []), ...statementConditions(filters, "s", topicIds)];
}

const whereAll = (all: Prisma.Sql[]) => (all.length ? Prisma.join(all, " AND ") : Prisma.sql`TRUE`);

/** Best match first (ts_rank), ties by id; the columns are the page query's. */
const rankOrder: SqlOrder<StatementMatch> = {
  direction: "desc",
  keys: [
    { column: Prisma.sql`rank`, type: "float8", read: (row) => row.rank ?? 0, check: cursorValue.float },
    { column: Prisma.sql`id`, type: "uuid", read: (row) => row.id, check: cursorValue.uuid },
  ],
};
const saidOrder: SqlOrder<StatementMatch> = { direction: "asc", keys: statementKeys };

const orderOf = (filters: StatementFilters) => (searchQuery(filters) ? rankOrder : saidOrder);

interface FoundStatement {
  id: string;
  rank: number | null;
  marked: string | null;
  /** With a search, how many statements match in all (the ranking reads every match anyway); else null. */
  matches: number | null;
}

/**
 * The statements the filters find, each with its rank and, over all of them, their count when
 * searching. The window that counts holds every row it is given, so it is given the rank already
 * computed and nothing else (OFFSET 0 keeps PostgreSQL from computing the rank above the window,
 * which then held each match's vector: 10,000 matches spilled to disk). Without a search there is
 * no window, and the planner can walk an index in order and stop at the page's end.
 */
function matching(where: Prisma.Sql, query: Prisma.Sql | null): Prisma.Sql {
  if (!query)
    return Prisma.sql`SELECT s.id, s.said_at, s.excerpt_start, NULL::float8 AS rank, NULL::int AS matches FROM statement s WHERE ${where}`;
  // ts_rank rather than ts_rank_cd: it runs on every match, and over 10,000 of them cover density took a third longer.
  return Prisma.sql`
    SELECT r.*, (count(*) OVER ())::int AS matches FROM (
      SELECT s.id, s.said_at, s.excerpt_start, ts_rank(s.search_vector, ${query})::float8 AS rank FROM statement s WHERE ${where} OFFSET 0
    ) r`;
}

/** The page query: the matching statements' ids beyond the cursor, with rank, marked-up text and the count of matches when searching. */
function pageQuery(where: Prisma.Sql, query: Prisma.Sql | null, page: PageSql): Prisma.Sql {
  // ts_headline runs on the page's rows only, after the limit, and reads their texts then.
  const marked = query ? markMatches(Prisma.sql`(SELECT t.text FROM statement t WHERE t.id = p.id)`, query) : Prisma.sql`NULL`;
  return Prisma.sql`
    SELECT p.id, p.rank, ${marked} AS marked, p.matches FROM (
      SELECT * FROM (${matching(where, query)}) m
      WHERE ${page.beyondCursor} ORDER BY ${page.orderBy} LIMIT ${page.limit}
    ) p ORDER BY ${page.orderBy}`;
}

/** Loads the statements found, in the order found. */
async function loadFound(db: PrismaClient, found: FoundStatement[]): Promise<Map<string, StatementMatch>> {
  const rows = await db.statement.findMany({ where: { id: { in: found.map((row) => row.id) } }, include: statementInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return new Map(
    found.flatMap(({ id, rank, marked }) => {
      const row = byId.get(id);
      if (!row) return [];
      return [[id, { ...row, rank, highlights: marked === null ? [] : spansOfMarkedText(marked, row.text) }]];
    }),
  );
}

/**
 * Statements matching the filters: in the order they were said, or, with a
 * search, best match first, each with the spans of its text that matched.
 * One query finds the page, a second loads its rows.
 */
export async function listStatements(db: PrismaClient, args: PageArgs & StatementFilters): Promise<Page<StatementMatch>> {
  const query = searchQuery(args);
  const where = whereAll(conditions(args, query, await topicIdsOf(db, args)));
  let matches: number | null = null;
  return paginateSql({
    args,
    order: orderOf(args),
    fetch: async (page) => {
      const found = await db.$queryRaw<FoundStatement[]>(pageQuery(where, query, page));
      matches = found[0]?.matches ?? null;
      const rows = await loadFound(db, found);
      return found.flatMap(({ id }) => rows.get(id) ?? []);
    },
    count: async () => {
      if (matches !== null) return matches;
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM statement s WHERE ${where}`;
      return row?.count ?? 0;
    },
  });
}

export type StatementsOfSpeakerLoader = ReturnType<typeof createStatementsOfSpeakerLoader>;

/**
 * Each speaker's statements for a page of actors: one query finds them
 * whatever the page's size (LATERAL runs the page query per speaker), a
 * second loads their rows, and their counts come in one more.
 */
export function createStatementsOfSpeakerLoader(db: PrismaClient, signal: AbortSignal) {
  const speakers = (ids: string[]) => Prisma.join(ids.map((id) => Prisma.sql`(${id}::uuid)`));
  return createPagedLoader<PageArgs & Omit<StatementFilters, "speaker">, StatementMatch>({
    signal,
    order: orderOf,
    async fetch(speakerIds, args, page) {
      const query = searchQuery(args);
      const where = whereAll([Prisma.sql`s.speaker_id = speaker.id`, ...conditions(args, query, await topicIdsOf(db, args))]);
      const found = await db.$queryRaw<(FoundStatement & { speaker_id: string })[]>`
        SELECT speaker.id AS speaker_id, found.* FROM (VALUES ${speakers(speakerIds)}) AS speaker(id)
        CROSS JOIN LATERAL (${pageQuery(where, query, page)}) found`;
      const rows = await loadFound(db, found);
      return found.flatMap(({ id, speaker_id }) => {
        const row = rows.get(id);
        return row ? [{ parentId: speaker_id, row }] : [];
      });
    },
    async count(speakerIds, args) {
      const where = whereAll([
        Prisma.sql`s.speaker_id IN (${Prisma.join(speakerIds.map((id) => Prisma.sql`${id}::uuid`))})`,
        ...conditions(args, searchQuery(args), await topicIdsOf(db, args)),
      ]);
      const counted = await db.$queryRaw<{ speaker_id: string; count: number }[]>`
        SELECT s.speaker_id, count(*)::int AS count FROM statement s WHERE ${where} GROUP BY s.speaker_id`;
      return new Map(counted.map((row) => [row.speaker_id, row.count]));
    },
  });
}

/**
 * An event's statements, in the order they were said, paged in memory (an
 * event's list is short): `rows` are all of them, as the request's loader
 * reads them for every event of the page in one query.
 */
export async function listStatementsOfEvent(rows: Promise<StatementRow[]>, args: PageArgs): Promise<Page<StatementRow>> {
  return paginateLoaded({ args, rows: await rows, keys: statementKeys });
}

export function findStatementBySlug(db: PrismaClient, slug: string): Promise<StatementRow | null> {
  return db.statement.findUnique({ where: { slug }, include: statementInclude });
}
