import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type MaybePromise } from "../../services/known-loader";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { loaded } from "../loaded";
import { Participant } from "./participant.type";

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Actor)
  actor(@Root() participant: Participant, @Ctx() { loaders }: Context): MaybePromise<Actor> {
    return loaded(loaders.actor.get(participant.actorId), "participant's actor", (row) => new Actor(row));
  }
}
