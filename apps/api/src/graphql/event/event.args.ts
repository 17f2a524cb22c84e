import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field } from "type-graphql";
import { EventKind, EventStatus } from "../enums";
import { ConnectionArgs } from "../relay/connection.args";

const MAX_SLUGS = 50;

@ArgsType()
export class EventFilterArgs extends ConnectionArgs {
  @Field(() => [EventKind], { nullable: true, description: "Only events of these kinds." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EventKind).length)
  kinds?: EventKind[];

  @Field(() => [EventStatus], { nullable: true, description: "Only events with these statuses." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EventStatus).length)
  statuses?: EventStatus[];

  @Field(() => [String], { nullable: true, description: `Only events about any of the topics with these slugs (at most ${MAX_SLUGS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_SLUGS)
  @MaxLength(200, { each: true })
  topics?: string[];

  @Field(() => String, { nullable: true, deprecationReason: "Use `topics`." })
  @IsOptional()
  @MaxLength(200)
  topic?: string;
}

@ArgsType()
export class TimelineArgs extends EventFilterArgs {
  @Field(() => DateTimeResolver, { description: "Start of the window, inclusive." })
  from!: Date;

  @Field(() => DateTimeResolver, { description: "End of the window, exclusive." })
  to!: Date;

  @Field(() => [String], {
    nullable: true,
    description: `Only events any of the actors with these slugs took part in (at most ${MAX_SLUGS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_SLUGS)
  @MaxLength(200, { each: true })
  actors?: string[];

  @Field(() => String, { nullable: true, deprecationReason: "Use `actors`." })
  @IsOptional()
  @MaxLength(200)
  participant?: string;
}
