import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ActorKind } from "../enums";
import { ConnectionArgs } from "../relay/connection.args";

@ArgsType()
export class ActorsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Words that must all appear in the actor's name or in a name the sources use for it, in any case.",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ActorKind], { nullable: true, description: "Only actors of these kinds." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(ActorKind).length)
  kinds?: ActorKind[];
}
