import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { Topic } from "../topic/topic.type";
import { Stance } from "./stance.type";

@Resolver(() => Stance)
export class StanceResolver {
  @FieldResolver(() => Topic)
  async topic(@Root() stance: Stance, @Ctx() { loaders }: Context): Promise<Topic> {
    return new Topic(await loaded(loaders.topic.load(stance.topicId), "stance's topic"));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that supports reading the stance so." })
  async basis(@Root() stance: Stance, @Ctx() { loaders }: Context): Promise<Excerpt | null> {
    const row = await loadedIfAny(stance.basisId, (id) => loaders.excerpt.load(id));
    return row && new Excerpt(row);
  }
}
