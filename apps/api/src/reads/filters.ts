import { Prisma } from "@parley/db";
import { validateSync } from "class-validator";
import { type RawBuilder, sql } from "kysely";
import type { EventFilterArgs } from "../graphql/event/event.args";
import type { StatementsArgs } from "../graphql/statement/statement.args";
import { inEnum as inEnumSql } from "../services/enum-sql";
import { NotCompiled } from "./compilation";
import { fromPrismaSql } from "./prisma-sql";

// The lists' filters as services/events.ts and services/statements.ts apply them, on the list's alias.

/** Arguments the resolvers would refuse are theirs to refuse, with their errors: such a field does not compile. */
export function validArguments<Args extends object>(type: new () => Args, values: Record<string, unknown>): Args {
  const args = Object.assign(new type(), values);
  if (validateSync(args).length > 0) throw new NotCompiled("arguments the resolvers refuse");
  return args;
}

const anyOf = (values: readonly string[]) => (values.length ? sql.join(values.map((value) => sql`${value}::text`)) : sql`NULL`);

/** The services' `column IN (values)`, each value cast to the column's enum (services/enum-sql.ts says why), on `alias.column`. */
const inEnum = (alias: string, column: string, type: Parameters<typeof inEnumSql>[1], values: readonly string[]) =>
  fromPrismaSql(inEnumSql(Prisma.raw(`${alias}.${column}`), type, values));

type EventFilters = EventFilterArgs & { actors?: string[] | null; participant?: string | null };

export function eventConditions(args: EventFilters, e: string): RawBuilder<unknown>[] {
  const column = (name: string) => sql.ref(`${e}.${name}`);
  const all: RawBuilder<unknown>[] = [];
  if (args.kinds) all.push(inEnum(e, "kind", "EventKind", args.kinds));
  if (args.statuses) all.push(inEnum(e, "status", "EventStatus", args.statuses));
  for (const actors of [args.actors, args.participant ? [args.participant] : null]) {
    if (!actors) continue;
    all.push(
      sql`${column("id")} IN (SELECT p.event_id FROM event_participant p JOIN actor a ON a.id = p.actor_id WHERE a.slug IN (${anyOf(actors)}))`,
    );
  }
  for (const topics of [args.topics, args.topic ? [args.topic] : null]) {
    if (!topics) continue;
    all.push(
      sql`${column("id")} IN (SELECT et.event_id FROM event_topic et JOIN topic t ON t.id = et.topic_id WHERE t.slug IN (${anyOf(topics)}))`,
    );
  }
  return all;
}

type StatementFilters = Partial<StatementsArgs>;

/** The filters besides the search (statement-list.ts ranks a search). */
export function statementConditions(args: StatementFilters, s: string): RawBuilder<unknown>[] {
  if (args.saidFrom && args.saidBefore && args.saidFrom.getTime() >= args.saidBefore.getTime()) throw new NotCompiled("an empty window");
  const column = (name: string) => sql.ref(`${s}.${name}`);
  const all: RawBuilder<unknown>[] = [];
  if (args.kinds) all.push(inEnum(s, "kind", "StatementKind", args.kinds));
  if (args.speaker) all.push(sql`${column("speaker_id")} = (SELECT id FROM actor WHERE slug = ${args.speaker}::text)`);
  if (args.event) all.push(sql`${column("event_id")} = (SELECT id FROM event WHERE slug = ${args.event}::text)`);
  if (args.source) {
    all.push(
      sql`${column("excerpt_id")} IN (SELECT x.id FROM excerpt x JOIN source so ON so.id = x.source_id WHERE so.slug = ${args.source}::text)`,
    );
  }
  if (args.saidFrom) all.push(sql`${column("said_at")} >= ${args.saidFrom.toISOString()}::timestamptz`);
  if (args.saidBefore) all.push(sql`${column("said_at")} < ${args.saidBefore.toISOString()}::timestamptz`);
  // A topic that does not exist is NULL, which matches nothing, as in the resolvers.
  const topic = args.topic ? sql`(SELECT id FROM topic WHERE slug = ${args.topic}::text)` : null;
  if (args.stance) {
    all.push(sql`EXISTS (SELECT 1 FROM stance x WHERE x.statement_id = ${column("id")}
      AND ${inEnum("x", "position", "StancePosition", [args.stance])}${topic ? sql` AND x.topic_id = ${topic}` : sql``})`);
  } else if (topic) {
    all.push(sql`EXISTS (SELECT 1 FROM statement_topic st WHERE st.statement_id = ${column("id")} AND st.topic_id = ${topic})`);
  }
  return all;
}
