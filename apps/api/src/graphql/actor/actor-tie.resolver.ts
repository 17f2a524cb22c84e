import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { ActorTie } from "./actor-tie.type";
import { Actor } from "./actor.type";

@Resolver(() => ActorTie)
export class ActorTieResolver {
  @FieldResolver(() => Actor)
  async actor(@Root() tie: ActorTie, @Ctx() { loaders }: Context): Promise<Actor> {
    return new Actor(await loaded(loaders.actor.load(tie.actorId), "tie's actor"));
  }

  @FieldResolver(() => Actor)
  async relatedActor(@Root() tie: ActorTie, @Ctx() { loaders }: Context): Promise<Actor> {
    return new Actor(await loaded(loaders.actor.load(tie.relatedActorId), "tie's related actor"));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that attests the tie." })
  async attestedBy(@Root() tie: ActorTie, @Ctx() { loaders }: Context): Promise<Excerpt | null> {
    const row = await loadedIfAny(tie.excerptId, (id) => loaders.excerpt.load(id));
    return row && new Excerpt(row);
  }
}
