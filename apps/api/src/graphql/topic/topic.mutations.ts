import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { createTopic } from "../../services/writes/topics";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { writerOf } from "../writes/writer";
import { CreateTopicInput, TopicPayload } from "./topic.inputs";
import { Topic } from "./topic.type";

@Resolver()
export class TopicMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => TopicPayload)
  async createTopic(@Arg("input") input: CreateTopicInput, @Ctx() context: Context): Promise<TopicPayload> {
    return new TopicPayload(new Topic(await createTopic(context.db, await writerOf(context), input)));
  }
}
