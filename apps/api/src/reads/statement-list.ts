import { Prisma } from "@parley/db";
import { type RawBuilder, sql } from "kysely";
import type { StatementsArgs } from "../graphql/statement/statement.args";
import { markMatches, prefixQuery } from "../services/text-search";
import { statementConditions } from "./filters";
import { fromPrismaSql } from "./prisma-sql";
import type { FieldRead, ListShape } from "./read-type";
import { floatKey, uuidKey } from "./sort-keys";
import { statementKeys, statementRead } from "./types/statement.read";

// The generated tsvector column (services/statements.ts searches it): Prisma's types leave it out.
const searchVector = (row: string) => sql.ref(`${row}.search_vector`);

/** The spans of the row's text a search's words matched, from ts_headline's marks (the migration that made highlight_spans). */
const highlightsOf = (search: string): FieldRead => ({
  kind: "many",
  type: "TextSpan",
  related: {
    from: (span, statement) =>
      sql`highlight_spans(${fromPrismaSql(markMatches(Prisma.raw(`"${statement}"."text"`), prefixQuery("english", search)))}, ${sql.ref(`${statement}.text`)}) ${sql.ref(span)}`,
    where: () => sql`TRUE`,
  },
  orderBy: (span) => sql.ref(`${span}.start`),
});

/**
 * A list of statements as its arguments make it, as services/statements.ts
 * lists them: in the order they were said, or, with a search, best match
 * first (ts_rank, then id) with the words each matched.
 */
export function statementList(args: Partial<StatementsArgs>): ListShape {
  const filters = (s: string) => statementConditions(args, s);
  const search = args.search ?? "";
  if (search.trim() === "") return { conditions: filters, order: { keys: statementKeys } };
  const query = () => fromPrismaSql(prefixQuery("english", search));
  const rank = (s: string): RawBuilder<unknown> => sql`ts_rank(${searchVector(s)}, ${query()})::float8`;
  return {
    conditions: (s) => [sql`${searchVector(s)} @@ ${query()}`, ...filters(s)],
    order: { keys: [floatKey(rank), uuidKey((s) => sql.ref(`${s}.id`))], descending: true, readsWholeList: true },
    node: { ...statementRead, fields: { ...statementRead.fields, highlights: highlightsOf(search) } },
  };
}
