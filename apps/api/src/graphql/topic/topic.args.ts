import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../relay/connection.args";

@ArgsType()
export class TopicsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Words that must all begin a word of the topic's name, in any case: what a topic picker suggests.",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
