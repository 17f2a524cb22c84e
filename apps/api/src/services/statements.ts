import type { Prisma, PrismaClient } from "@parley/db";
import type { StatementKind } from "../enums";
import type { Page, PageArgs } from "../paging/page";
import { paginate } from "../paging/keyset";
import { paginateLoaded } from "../paging/loaded";
import type { Loaders } from "./loaders";
import { searchWords } from "./search-words";
import { statementInclude, statementKeyset, type StatementRow } from "./statement-order";

export interface StatementFilters {
  /** Words that must all appear in the statement's text, in any case. */
  search?: string | null;
  kinds?: StatementKind[] | null;
  /** Slug of the speaking actor. */
  speaker?: string | null;
  /** Slug of the event the statement was made at. */
  event?: string | null;
  /** Slug of a topic. */
  topic?: string | null;
}

function whereStatements(filters: StatementFilters): Prisma.StatementWhereInput {
  return {
    AND: searchWords(filters.search).map((word) => ({ text: { contains: word, mode: "insensitive" as const } })),
    ...(filters.kinds ? { kind: { in: filters.kinds } } : {}),
    ...(filters.speaker ? { speaker: { is: { slug: filters.speaker } } } : {}),
    ...(filters.event ? { event: { is: { slug: filters.event } } } : {}),
    ...(filters.topic ? { topics: { some: { topic: { slug: filters.topic } } } } : {}),
  };
}

function pageOfStatements(
  db: PrismaClient,
  where: Prisma.StatementWhereInput,
  args: PageArgs,
): Promise<Page<StatementRow>> {
  return paginate({
    args,
    keyset: statementKeyset,
    fetch: (page) =>
      db.statement.findMany({
        where: { AND: [where, page.where ?? {}] },
        include: statementInclude,
        orderBy: page.orderBy,
        take: page.take,
      }),
    count: () => db.statement.count({ where }),
  });
}

/** Statements matching the filters, in the order they were said. */
export function listStatements(
  db: PrismaClient,
  args: PageArgs & StatementFilters,
): Promise<Page<StatementRow>> {
  return pageOfStatements(db, whereStatements(args), args);
}

/** An actor's statements, in the order they were said. */
export function listStatementsOfActor(
  db: PrismaClient,
  speakerId: string,
  args: PageArgs & Omit<StatementFilters, "speaker">,
): Promise<Page<StatementRow>> {
  return pageOfStatements(db, { AND: [{ speakerId }, whereStatements(args)] }, args);
}

/**
 * An event's statements, in the order they were said: loaded for every event
 * of the page in one query, then paged in memory (an event's list is short).
 */
export async function listStatementsOfEvent(loaders: Loaders, eventId: string, args: PageArgs): Promise<Page<StatementRow>> {
  const rows = await loaders.statementsOfEvent.load(eventId);
  return paginateLoaded({ args, rows, keys: statementKeyset.keys });
}

export function findStatementBySlug(db: PrismaClient, slug: string): Promise<StatementRow | null> {
  return db.statement.findUnique({ where: { slug }, include: statementInclude });
}
