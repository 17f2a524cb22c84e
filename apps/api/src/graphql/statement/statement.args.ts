import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { StatementKind } from "../enums";
import { ConnectionArgs } from "../relay/connection.args";

@ArgsType()
export class StatementFilterArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Words that must all appear in the statement's text, in any case." })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [StatementKind], { nullable: true, description: "Only statements of these kinds." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(StatementKind).length)
  kinds?: StatementKind[];

  @Field(() => String, { nullable: true, description: "Only statements made at the event with this slug." })
  @IsOptional()
  @MaxLength(200)
  event?: string;

  @Field(() => String, { nullable: true, description: "Only statements about the topic with this slug." })
  @IsOptional()
  @MaxLength(200)
  topic?: string;
}

@ArgsType()
export class StatementsArgs extends StatementFilterArgs {
  @Field(() => String, { nullable: true, description: "Only statements by the actor with this slug." })
  @IsOptional()
  @MaxLength(200)
  speaker?: string;
}
