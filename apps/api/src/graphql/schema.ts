import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { ActorTieResolver } from "./actor/actor-tie.resolver";
import { ActorTieMutations } from "./actor/actor-tie.mutations";
import { ActorMutations } from "./actor/actor.mutations";
import { ActorResolver } from "./actor/actor.resolver";
import { authChecker } from "./auth-checker";
import { ProposalResolver } from "./capture/proposal.resolver";
import { ChangeResolver } from "./change/change.resolver";
import { DayResolver } from "./day/day.resolver";
import { DraftMutations } from "./draft/draft.mutations";
import { DraftResolver } from "./draft/draft.resolver";
import { EventMutations } from "./event/event.mutations";
import { EventResolver } from "./event/event.resolver";
import { ParticipantResolver } from "./event/participant.resolver";
import { NodeResolver } from "./node/node.resolver";
import { SessionResolver } from "./session/session.resolver";
import { ExcerptResolver } from "./source/excerpt.resolver";
import { SourceMutations } from "./source/source.mutations";
import { SourceResolver } from "./source/source.resolver";
import { StanceResolver } from "./statement/stance.resolver";
import { StatementRelationResolver } from "./statement/statement-relation.resolver";
import { StatementMutations } from "./statement/statement.mutations";
import { StatementResolver } from "./statement/statement.resolver";
import { TokenResolver } from "./token/token.resolver";
import { TopicMutations } from "./topic/topic.mutations";
import { TopicResolver } from "./topic/topic.resolver";

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ActorMutations,
      ActorResolver,
      ActorTieMutations,
      ActorTieResolver,
      ChangeResolver,
      DayResolver,
      DraftMutations,
      DraftResolver,
      EventMutations,
      EventResolver,
      ExcerptResolver,
      NodeResolver,
      ParticipantResolver,
      ProposalResolver,
      SessionResolver,
      SourceMutations,
      SourceResolver,
      StanceResolver,
      StatementRelationResolver,
      StatementMutations,
      StatementResolver,
      TokenResolver,
      TopicMutations,
      TopicResolver,
    ],
    // Writes need a token (see auth-checker.ts); reads are public.
    authChecker,
    // A bare `Date` is an instant; fields that mean a calendar date say `DateResolver`.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false },
  });
}

/** The schema as published in packages/schema: sorted, so that it diffs by meaning rather than by declaration order. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
