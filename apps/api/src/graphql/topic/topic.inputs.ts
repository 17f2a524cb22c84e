import { Field, InputType, ObjectType } from "type-graphql";
import { Topic } from "./topic.type";

@InputType()
export class CreateTopicInput {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The topic a mutation wrote." })
export class TopicPayload {
  @Field(() => Topic)
  topic: Topic;

  constructor(topic: Topic) {
    this.topic = topic;
  }
}
