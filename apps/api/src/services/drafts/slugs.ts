import { Prisma } from "@parley/db";
import slugify from "slugify";
import type { SluggedTable } from "../writes/references";
import type { Tx } from "../writes/transaction";

/** The first `maxWords` words of a text as a slug (letters transliterated, as "Lavrov’s" → "lavrovs"); `fallback` when none are left. */
export function slugOf(text: string, maxWords: number, fallback: string): string {
  const words = slugify(text, { lower: true, strict: true, trim: true }).split("-").filter(Boolean).slice(0, maxWords);
  return words.length > 0 ? words.join("-") : fallback;
}

/**
 * `base`, or the first of `base-2`, `base-3`… that no record of `table` has
 * and this write has not given out yet (`taken`, which it adds to).
 */
export async function freeSlug(tx: Tx, table: SluggedTable, base: string, taken: Set<string>): Promise<string> {
  // A slug is lower-case letters, digits and hyphens: nothing LIKE reads as a wildcard.
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${base} OR slug LIKE ${`${base}-%`}`;
  const used = new Set([...taken, ...rows.map((row) => row.slug)]);
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
