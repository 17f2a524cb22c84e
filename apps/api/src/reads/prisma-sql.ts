import type { Prisma } from "@parley/db";
import { type RawBuilder, sql } from "kysely";

/** A condition the services write with Prisma.sql, as a Kysely fragment with the same parameters: one rule, both read paths. */
export function fromPrismaSql(fragment: Prisma.Sql): RawBuilder<unknown> {
  const strings = Object.assign([...fragment.strings], { raw: [...fragment.strings] });
  return sql(strings, ...fragment.values);
}
