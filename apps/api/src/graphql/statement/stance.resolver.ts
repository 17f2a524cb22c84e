import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { Topic } from "../topic/topic.type";
import { Stance } from "./stance.type";

@Resolver(() => Stance)
export class StanceResolver {
  @FieldResolver(() => Topic)
  topic(@Root() stance: Stance, @Ctx() { loaders }: Context): Promise<Topic> {
    return loaded(loaders.topic.load(stance.topicId), "stance's topic", (row) => new Topic(row));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that supports reading the stance so." })
  basis(@Root() stance: Stance, @Ctx() { loaders }: Context): Promise<Excerpt | null> {
    return loadedIfAny(
      stance.basisId,
      (id) => loaders.excerpt.load(id),
      (row) => new Excerpt(row),
    );
  }
}
