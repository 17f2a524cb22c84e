import type { Actor as ActorRow, Prisma, PrismaClient } from "@parley/db";
import type { ActorKind } from "../enums";
import type { Page, PageArgs } from "../paging/page";
import { compareWith, cursorValue } from "../paging/cursor";
import { type Keyset, paginate } from "../paging/keyset";
import { searchWords } from "./search-words";

/** Actors by name, as the database collates it; ties broken by id. */
const actorKeyset: Keyset<ActorRow, Prisma.ActorWhereInput, Prisma.ActorOrderByWithRelationInput> = {
  keys: [
    {
      read: (row) => row.name,
      check: (value) => void cursorValue.string(value),
      orderBy: (direction) => ({ name: direction }),
      where: (operator, value) => ({ name: compareWith(operator, cursorValue.string(value)) }),
    },
    {
      read: (row) => row.id,
      check: (value) => void cursorValue.uuid(value),
      orderBy: (direction) => ({ id: direction }),
      where: (operator, value) => ({ id: compareWith(operator, cursorValue.uuid(value)) }),
    },
  ],
  anyOf: (groups) => ({ OR: groups.map((group) => ({ AND: group })) }),
};

export interface ActorFilters {
  /** Words that must all appear in the actor's name or in one of the names sources use for it. */
  search?: string | null;
  kinds?: ActorKind[] | null;
}

function whereActors(filters: ActorFilters): Prisma.ActorWhereInput {
  return {
    AND: searchWords(filters.search).map((word) => ({
      OR: [
        { name: { contains: word, mode: "insensitive" as const } },
        { names: { some: { name: { contains: word, mode: "insensitive" as const } } } },
      ],
    })),
    ...(filters.kinds ? { kind: { in: filters.kinds } } : {}),
  };
}

/** Actors matching the filters, by name. */
export function listActors(
  db: PrismaClient,
  args: PageArgs & ActorFilters,
): Promise<Page<ActorRow>> {
  const where = whereActors(args);
  return paginate({
    args,
    keyset: actorKeyset,
    fetch: (page) => db.actor.findMany({ where: { AND: [where, page.where ?? {}] }, orderBy: page.orderBy, take: page.take }),
    count: () => db.actor.count({ where }),
  });
}

export function findActorBySlug(db: PrismaClient, slug: string): Promise<ActorRow | null> {
  return db.actor.findUnique({ where: { slug } });
}
