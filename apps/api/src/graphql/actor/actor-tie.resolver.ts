import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { ActorTie } from "./actor-tie.type";
import { Actor } from "./actor.type";

@Resolver(() => ActorTie)
export class ActorTieResolver {
  @FieldResolver(() => Actor)
  actor(@Root() tie: ActorTie, @Ctx() { loaders }: Context): Promise<Actor> {
    return loaded(loaders.actor.load(tie.actorId), "tie's actor", (row) => new Actor(row));
  }

  @FieldResolver(() => Actor)
  relatedActor(@Root() tie: ActorTie, @Ctx() { loaders }: Context): Promise<Actor> {
    return loaded(loaders.actor.load(tie.relatedActorId), "tie's related actor", (row) => new Actor(row));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that attests the tie." })
  attestedBy(@Root() tie: ActorTie, @Ctx() { loaders }: Context): Promise<Excerpt | null> {
    return loadedIfAny(
      tie.excerptId,
      (id) => loaders.excerpt.load(id),
      (row) => new Excerpt(row),
    );
  }
}
