import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import * as writes from "../../services/writes/actors";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { globalId } from "../relay/global-id";
import { DeletePayload } from "../writes/delete.payload";
import { given } from "../writes/given";
import { writerOf } from "../writes/writer";
import { CreateActorInput, DeleteActorInput, UpdateActorInput } from "./actor.inputs";
import { ActorPayload } from "./actor.payload";
import { Actor } from "./actor.type";

@Resolver()
export class ActorMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => ActorPayload)
  async createActor(@Arg("input") input: CreateActorInput, @Ctx() context: Context): Promise<ActorPayload> {
    return new ActorPayload(new Actor(await writes.createActor(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ActorPayload)
  async updateActor(@Arg("input") input: UpdateActorInput, @Ctx() context: Context): Promise<ActorPayload> {
    const changes = { ...given(input, ["description"]), slug: input.slug, version: input.version };
    return new ActorPayload(new Actor(await writes.updateActor(context.db, await writerOf(context), changes)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DeletePayload, { description: "Deletes an actor, with its names and ties, who neither spoke nor took part in an event." })
  async deleteActor(@Arg("input") input: DeleteActorInput, @Ctx() context: Context): Promise<DeletePayload> {
    return new DeletePayload(globalId("Actor", await writes.deleteActor(context.db, await writerOf(context), input)));
  }
}
