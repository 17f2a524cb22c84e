import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { deleteActorTie, setActorTie } from "../../services/writes/ties";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { writerOf } from "../writes/writer";
import { DeleteActorTieInput, SetActorTieInput } from "./actor-tie.inputs";
import { ActorPayload } from "./actor.payload";
import { Actor } from "./actor.type";

@Resolver()
export class ActorTieMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => ActorPayload, {
    description: "Records a tie of an actor to another (or changes its title and validity); returns the actor.",
  })
  async setActorTie(@Arg("input") input: SetActorTieInput, @Ctx() context: Context): Promise<ActorPayload> {
    return new ActorPayload(new Actor(await setActorTie(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ActorPayload, { description: "Removes a tie that no statement names as its speaker's capacity; returns the actor." })
  async deleteActorTie(@Arg("input") input: DeleteActorTieInput, @Ctx() context: Context): Promise<ActorPayload> {
    return new ActorPayload(new Actor(await deleteActorTie(context.db, await writerOf(context), input)));
  }
}
