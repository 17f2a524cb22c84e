import { validateSync } from "class-validator";
import type { RawBuilder } from "kysely";
import type { EventFilterArgs } from "../graphql/event/event.args";
import type { StatementsArgs } from "../graphql/statement/statement.args";
import { eventConditions as eventSql, topicGroups } from "../services/events";
import { statementConditions as statementSql } from "../services/statements";
import { TopicIdsOf } from "../services/topics";
import { NotCompiled } from "./compilation";
import { fromPrismaSql } from "./prisma-sql";

// The lists' filters are the services' own (services/events.ts, services/statements.ts), on the list's
// alias. Topics are named by slug and filtered by id; their ids are read when the statement runs (topic-ids.ts).

/** Arguments the resolvers would refuse are theirs to refuse, with their errors: such a field does not compile. */
export function validArguments<Args extends object>(type: new () => Args, values: Record<string, unknown>): Args {
  const args = Object.assign(new type(), values);
  if (validateSync(args).length > 0) throw new NotCompiled("arguments the resolvers refuse");
  return args;
}

type EventFilters = EventFilterArgs & { actors?: string[] | null; participant?: string | null };

export function eventConditions(args: EventFilters, e: string): RawBuilder<unknown>[] {
  return eventSql({ ...args, topicIds: topicGroups(args).map((slugs) => new TopicIdsOf(slugs)) }, e).map(fromPrismaSql);
}

/** The filters besides the search (statement-list.ts ranks a search); an empty window throws the services' error, which sends the query to the resolvers to refuse. */
export function statementConditions(args: Partial<StatementsArgs>, s: string): RawBuilder<unknown>[] {
  return statementSql(args, s, args.topic ? new TopicIdsOf([args.topic]) : undefined).map(fromPrismaSql);
}
