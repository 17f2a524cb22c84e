import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { findTopicBySlug } from "../../services/topics";
import type { Context } from "../context";
import { Topic } from "./topic.type";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true })
  async topic(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Topic | null> {
    const row = await findTopicBySlug(db, slug);
    return row && new Topic(row);
  }
}
