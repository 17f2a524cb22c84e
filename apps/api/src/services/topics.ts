import { Prisma, type PrismaClient, type Topic as TopicRow } from "@parley/db";
import { cursorValue } from "../paging/cursor";
import type { Page, PageArgs } from "../paging/page";
import { paginateSql, type SqlOrder } from "../paging/keyset";
import { prefixQuery } from "./text-search";

/** Topics by slug: served by its unique index. */
const topicOrder: SqlOrder<TopicRow> = {
  direction: "asc",
  keys: [{ column: Prisma.sql`t.slug`, type: "text", read: (row) => row.slug, check: cursorValue.string }],
};

export interface TopicFilters {
  /** Words that must all begin a word of the topic's name. */
  search?: string | null;
}

// Topics are few beside statements (hundreds where actors are thousands): their names are matched
// as they are read, with no index to keep.
function conditions({ search }: TopicFilters): Prisma.Sql {
  if ((search ?? "").trim() === "") return Prisma.sql`TRUE`;
  return Prisma.sql`to_tsvector('simple', t.name) @@ ${prefixQuery("simple", search!)}`;
}

/** The topics matching the filters (every topic without any), by slug: what a picker offers to choose from. */
export function listTopics(db: PrismaClient, args: PageArgs & TopicFilters): Promise<Page<TopicRow>> {
  const where = conditions(args);
  return paginateSql({
    args,
    order: topicOrder,
    fetch: (page) =>
      db.$queryRaw<TopicRow[]>`SELECT t.id, t.slug, t.name, t.description FROM topic t
        WHERE ${where} AND ${page.beyondCursor} ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    count: async () => {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM topic t WHERE ${where}`;
      return row?.count ?? 0;
    },
  });
}

export function findTopicBySlug(db: PrismaClient, slug: string): Promise<TopicRow | null> {
  return db.topic.findUnique({ where: { slug } });
}

/**
 * The ids of the topics with these slugs (unknown slugs have none). Filters
 * name topics by slug but query by id: a plan made with a topic's id knows,
 * from the column's statistics, how common that topic is, and one made with
 * a slug does not, and may walk every event of a common topic to find a
 * month's few.
 */
export async function topicIds(db: PrismaClient, slugs: readonly string[]): Promise<string[]> {
  return [...(await topicIdsBySlug(db, slugs)).values()];
}

/** The id of each topic with one of these slugs, by slug (unknown slugs are not there). */
export async function topicIdsBySlug(db: PrismaClient, slugs: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.topic.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/**
 * The ids of the topics with these slugs, to be read just before the
 * statement that filters by them runs: a compiled read's statement is planned
 * once and kept, and a topic made since must count. The compiled read path
 * reads those of a request's statements together (reads/topic-ids.ts).
 */
export class TopicIdsOf {
  constructor(readonly slugs: readonly string[]) {}
}

/** Topic ids as a filter's condition takes them: read, or to be read when its statement runs. */
export type TopicIds = string[] | TopicIdsOf;
