import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { findTopicBySlug, listTopics } from "../../services/topics";
import type { Context } from "../context";
import { TopicsArgs } from "./topic.args";
import { TopicConnection } from "./topic.connection";
import { Topic } from "./topic.type";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true })
  async topic(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Topic | null> {
    const row = await findTopicBySlug(db, slug);
    return row && new Topic(row);
  }

  @Query(() => TopicConnection, { description: "Every topic (or those a search finds), by slug." })
  async topics(@Args() args: TopicsArgs, @Ctx() { db }: Context): Promise<TopicConnection> {
    return new TopicConnection(await listTopics(db, args), (row) => new Topic(row));
  }
}
