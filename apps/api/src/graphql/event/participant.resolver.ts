import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { loaded } from "../loaded";
import { Participant } from "./participant.type";

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Actor)
  actor(@Root() participant: Participant, @Ctx() { loaders }: Context): Promise<Actor> {
    return loaded(loaders.actor.load(participant.actorId), "participant's actor", (row) => new Actor(row));
  }
}
