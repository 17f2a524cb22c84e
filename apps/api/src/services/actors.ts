import { type Actor as ActorRow, Prisma, type PrismaClient } from "@parley/db";
import type { ActorKind } from "../enums";
import { cursorValue } from "../paging/cursor";
import type { Page, PageArgs } from "../paging/page";
import { paginateSql, type SqlOrder } from "../paging/keyset";
import { inEnum } from "./enum-sql";
import { prefixQuery } from "./text-search";

/** Actors by name, as the database collates it, ties broken by id: served by the index on (name, id). */
const actorOrder: SqlOrder<ActorRow> = {
  direction: "asc",
  keys: [
    { column: Prisma.sql`a.name`, type: "text", read: (row) => row.name, check: cursorValue.string },
    { column: Prisma.sql`a.id`, type: "uuid", read: (row) => row.id, check: cursorValue.uuid },
  ],
};

export interface ActorFilters {
  /** Words that must all begin a word of the actor's name or of a name sources use for it. */
  search?: string | null;
  kinds?: ActorKind[] | null;
}

function conditions(filters: ActorFilters): Prisma.Sql {
  const all: Prisma.Sql[] = [];
  if ((filters.search ?? "").trim() !== "") all.push(Prisma.sql`a.search_vector @@ ${prefixQuery("simple", filters.search!)}`);
  if (filters.kinds) all.push(inEnum(Prisma.sql`a.kind`, "ActorKind", filters.kinds));
  return all.length ? Prisma.join(all, " AND ") : Prisma.sql`TRUE`;
}

/** Actors matching the filters, by name: one query finds the page (the search through its GIN index), one loads it. */
export function listActors(db: PrismaClient, args: PageArgs & ActorFilters): Promise<Page<ActorRow>> {
  const where = conditions(args);
  return paginateSql({
    args,
    order: actorOrder,
    fetch: async (page) => {
      const found = await db.$queryRaw<{ id: string }[]>`
        SELECT a.id FROM actor a WHERE ${where} AND ${page.beyondCursor} ORDER BY ${page.orderBy} LIMIT ${page.limit}`;
      const rows = new Map((await db.actor.findMany({ where: { id: { in: found.map((row) => row.id) } } })).map((row) => [row.id, row]));
      return found.flatMap(({ id }) => rows.get(id) ?? []);
    },
    count: async () => {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM actor a WHERE ${where}`;
      return row?.count ?? 0;
    },
  });
}

export function findActorBySlug(db: PrismaClient, slug: string): Promise<ActorRow | null> {
  return db.actor.findUnique({ where: { slug } });
}
