import { type Actor, type Event, Prisma, type PrismaClient, type Topic } from "@parley/db";
import type { DraftStatus, SourceKind } from "../../enums";
import { cursorValue } from "../../paging/cursor";
import { paginateSql, type SqlOrder } from "../../paging/keyset";
import type { Page, PageArgs } from "../../paging/page";
import { sourceSummary, type SourceSummaryRow } from "../sources";
import { readReview, type Review } from "./review";

/** The database, or a write's transaction. */
type Db = Prisma.TransactionClient;

export interface DraftCounts {
  proposed: number;
  added: number;
  accepted: number;
  rejected: number;
  pending: number;
}

/** A draft without its text and review: what lists show. */
export interface DraftRow {
  id: string;
  version: number;
  status: DraftStatus;
  createdBy: string;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: Date;
  language: string;
  counts: DraftCounts;
  source: SourceSummaryRow | null;
}

/** The records of the database a draft's review names by slug, as they are now; a slug that names nothing is missing. */
export interface DraftReferences {
  actors: Map<string, Actor>;
  events: Map<string, Event>;
  topics: Map<string, Topic>;
}

/** A draft's text and review, with the records its review names. */
export interface DraftContent {
  id: string;
  text: string;
  review: Review;
  references: DraftReferences;
}

/** Newest first: the draft list's order, on its (created_at, id) index. */
const newestFirst: SqlOrder<DraftRow> = {
  direction: "desc",
  keys: [
    { column: Prisma.sql`d.created_at`, type: "timestamptz", read: (row) => row.createdAt.toISOString(), check: cursorValue.date },
    { column: Prisma.sql`d.id`, type: "uuid", read: (row) => row.id, check: cursorValue.uuid },
  ],
};

interface DraftSqlRow extends Omit<DraftRow, "source" | "counts"> {
  sourceId: string | null;
  counts: DraftCounts;
}

const selectRows = Prisma.sql`
  SELECT d.id::text AS id, d.version, d.status::text AS status, c.name AS "createdBy", u.name AS "updatedBy",
         d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.kind::text AS kind, d.title, d.publisher, d.url,
         d.published_on AS "publishedOn", d.language, d.source_id::text AS "sourceId",
         (SELECT json_build_object(
                   'proposed', count(*) FILTER (WHERE s->>'origin' = 'PROPOSED'),
                   'added', count(*) FILTER (WHERE s->>'origin' = 'ADDED'),
                   'accepted', count(*) FILTER (WHERE s->>'decision' = 'ACCEPTED'),
                   'rejected', count(*) FILTER (WHERE s->>'decision' = 'REJECTED'),
                   'pending', count(*) FILTER (WHERE s->>'decision' = 'PENDING'))
          FROM jsonb_array_elements(d.review->'statements') s) AS counts
  FROM draft d JOIN api_token c ON c.id = d.created_by_id JOIN api_token u ON u.id = d.updated_by_id`;

/** The rows with their sources (those published), in one more query. */
async function withSources(db: Db, rows: DraftSqlRow[]): Promise<DraftRow[]> {
  const ids = rows.flatMap((row) => (row.sourceId ? [row.sourceId] : []));
  const sources = ids.length === 0 ? [] : await db.source.findMany({ where: { id: { in: ids } }, ...sourceSummary });
  const byId = new Map(sources.map((source) => [source.id, source]));
  return rows.map(({ sourceId, ...row }) => ({ ...row, source: (sourceId && byId.get(sourceId)) || null }));
}

export interface DraftFilters {
  status?: DraftStatus | null;
  /** Only the drafts this token created. */
  createdBy?: string;
}

function conditions(filters: DraftFilters): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (filters.status) parts.push(Prisma.sql`d.status = ${filters.status}::"DraftStatus"`);
  if (filters.createdBy) parts.push(Prisma.sql`d.created_by_id = ${filters.createdBy}::uuid`);
  return Prisma.join(parts, " AND ");
}

/** Drafts, newest first, with their review's counts: every writer's (a newsroom sees its drafts), or the filters'. */
export function listDrafts(db: PrismaClient, args: PageArgs & DraftFilters): Promise<Page<DraftRow>> {
  const where = conditions(args);
  return paginateSql<DraftRow>({
    args,
    order: newestFirst,
    fetch: async (sql) =>
      withSources(
        db,
        await db.$queryRaw<DraftSqlRow[]>`${selectRows} WHERE ${where} AND ${sql.beyondCursor} ORDER BY ${sql.orderBy} LIMIT ${sql.limit}`,
      ),
    count: async () => {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM draft d WHERE ${where}`;
      return row?.count ?? 0;
    },
  });
}

/** A draft by id, or null; inside a write's transaction too. */
export async function findDraft(db: Db, id: string): Promise<DraftRow | null> {
  const found = await db.$queryRaw<DraftSqlRow[]>`${selectRows} WHERE d.id = ${id}::uuid`;
  return found.length === 0 ? null : (await withSources(db, found))[0]!;
}

/** The slugs a review names, by table. */
function slugsNamed(review: Review) {
  const actors = new Set<string>();
  const events = new Set<string>();
  const topics = new Set<string>();
  for (const statement of review.statements) {
    if (statement.speaker) actors.add(statement.speaker);
    if (statement.event) events.add(statement.event);
    for (const topic of statement.topics) topics.add(topic);
    for (const stance of statement.stances) topics.add(stance.topic);
  }
  for (const event of review.events) for (const participant of event.participants) if (participant.actor) actors.add(participant.actor);
  return { actors: [...actors], events: [...events], topics: [...topics] };
}

/** The records reviews name by slug, for all of them at once: three queries. */
export async function loadReferences(db: Db, reviews: Review[]): Promise<DraftReferences> {
  const named = reviews.map(slugsNamed);
  const all = (pick: (slugs: ReturnType<typeof slugsNamed>) => string[]) => [...new Set(named.flatMap(pick))];
  // One after another: inside a transaction on PGlite (one session), queries do not overlap anyway.
  const actors = await db.actor.findMany({ where: { slug: { in: all((slugs) => slugs.actors) } } });
  const events = await db.event.findMany({ where: { slug: { in: all((slugs) => slugs.events) } } });
  const topics = await db.topic.findMany({ where: { slug: { in: all((slugs) => slugs.topics) } } });
  const bySlug = <Row extends { slug: string }>(rows: Row[]) => new Map(rows.map((row) => [row.slug, row]));
  return { actors: bySlug(actors), events: bySlug(events), topics: bySlug(topics) };
}

/** The text and review of several drafts, with the records their reviews name: four queries, however many drafts. */
export async function loadDraftContents(db: PrismaClient, ids: string[]): Promise<DraftContent[]> {
  const rows = await db.draft.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, review: true } });
  const reviews = rows.map((row) => readReview(row.review));
  const references = await loadReferences(db, reviews);
  return rows.map((row, index) => ({ id: row.id, text: row.text, review: reviews[index]!, references }));
}
