import type { Prisma, PrismaClient } from "@parley/db";
import type { StatementKind } from "../graphql/enums";
import type { ConnectionArgs } from "../graphql/relay/connection.args";
import type { PageOf } from "../graphql/relay/connection.type";
import { paginate } from "../graphql/relay/pagination";
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

function pageOfStatements<Node>(
  db: PrismaClient,
  where: Prisma.StatementWhereInput,
  args: ConnectionArgs,
  toNode: (row: StatementRow) => Node,
): Promise<PageOf<Node>> {
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
    toNode,
  });
}

/** Statements matching the filters, in the order they were said. */
export function listStatements<Node>(
  db: PrismaClient,
  args: ConnectionArgs & StatementFilters,
  toNode: (row: StatementRow) => Node,
): Promise<PageOf<Node>> {
  return pageOfStatements(db, whereStatements(args), args, toNode);
}

/** An actor's statements, in the order they were said. */
export function listStatementsOfActor<Node>(
  db: PrismaClient,
  speakerId: string,
  args: ConnectionArgs & Omit<StatementFilters, "speaker">,
  toNode: (row: StatementRow) => Node,
): Promise<PageOf<Node>> {
  return pageOfStatements(db, { AND: [{ speakerId }, whereStatements(args)] }, args, toNode);
}

export function findStatementBySlug(db: PrismaClient, slug: string): Promise<StatementRow | null> {
  return db.statement.findUnique({ where: { slug }, include: statementInclude });
}
