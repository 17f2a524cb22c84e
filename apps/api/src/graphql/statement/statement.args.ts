import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field } from "type-graphql";
import { StancePosition, StatementKind } from "../enums";
import { ConnectionArgs } from "../relay/connection.args";

@ArgsType()
export class StatementFilterArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search of the text, best match first: words (each also a prefix: "Crim" finds "Crimea"), "a phrase", `or`, `-word`. English stemming: "respecting" finds "respect".',
  })
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

  @Field(() => String, {
    nullable: true,
    description: "Only statements about the topic with this slug (with `stance`: taking that stance on it).",
  })
  @IsOptional()
  @MaxLength(200)
  topic?: string;

  @Field(() => StancePosition, { nullable: true, description: "Only statements taking this position, towards `topic` when it is given." })
  stance?: StancePosition;

  @Field(() => DateTimeResolver, { nullable: true, description: "Only statements said at or after this instant." })
  saidFrom?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "Only statements said before this instant." })
  saidBefore?: Date;
}

@ArgsType()
export class StatementsArgs extends StatementFilterArgs {
  @Field(() => String, { nullable: true, description: "Only statements by the actor with this slug." })
  @IsOptional()
  @MaxLength(200)
  speaker?: string;

  @Field(() => String, { nullable: true, description: "Only statements whose excerpt is in the source with this slug." })
  @IsOptional()
  @MaxLength(200)
  source?: string;
}
