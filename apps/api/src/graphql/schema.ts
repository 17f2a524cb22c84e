import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { ActorTieResolver } from "./actor/actor-tie.resolver";
import { ActorResolver } from "./actor/actor.resolver";
import { DayResolver } from "./day/day.resolver";
import { EventResolver } from "./event/event.resolver";
import { ParticipantResolver } from "./event/participant.resolver";
import { NodeResolver } from "./node/node.resolver";
import { ExcerptResolver } from "./source/excerpt.resolver";
import { SourceResolver } from "./source/source.resolver";
import { StanceResolver } from "./statement/stance.resolver";
import { StatementRelationResolver } from "./statement/statement-relation.resolver";
import { StatementResolver } from "./statement/statement.resolver";
import { TopicResolver } from "./topic/topic.resolver";

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ActorResolver,
      ActorTieResolver,
      DayResolver,
      EventResolver,
      ExcerptResolver,
      NodeResolver,
      ParticipantResolver,
      SourceResolver,
      StanceResolver,
      StatementRelationResolver,
      StatementResolver,
      TopicResolver,
    ],
    // A bare `Date` is an instant; fields that mean a calendar date say `DateResolver`.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false },
  });
}

/** The schema as published in packages/schema: sorted, so that it diffs by meaning rather than by declaration order. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
