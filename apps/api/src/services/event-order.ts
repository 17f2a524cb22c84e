import type { Event as EventRow, Prisma } from "@parley/db";
import { compareWith, cursorValue } from "../paging/cursor";
import type { Keyset } from "../paging/keyset";

/**
 * Events in the order they happened: by start, then by their order within
 * the day as the sources give it; events the sources leave unordered keep
 * a stable order by slug.
 */
export const eventKeyset: Keyset<EventRow, Prisma.EventWhereInput, Prisma.EventOrderByWithRelationInput> = {
  keys: [
    {
      read: (row) => row.startsAt.toISOString(),
      check: (value) => void cursorValue.date(value),
      orderBy: (direction) => ({ startsAt: direction }),
      where: (operator, value) => ({ startsAt: compareWith(operator, cursorValue.date(value)) }),
    },
    {
      read: (row) => row.orderInDay,
      check: (value) => void cursorValue.number(value),
      orderBy: (direction) => ({ orderInDay: direction }),
      where: (operator, value) => ({ orderInDay: compareWith(operator, cursorValue.number(value)) }),
    },
    {
      read: (row) => row.slug,
      check: (value) => void cursorValue.string(value),
      orderBy: (direction) => ({ slug: direction }),
      where: (operator, value) => ({ slug: compareWith(operator, cursorValue.string(value)) }),
    },
  ],
  anyOf: (groups) => ({ OR: groups.map((group) => ({ AND: group })) }),
};
