import { DateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "Calendar days from `from` up to `to`, which is left out." })
export class DateRangeInput {
  @Field(() => DateResolver, { description: "The first day." })
  from!: Date;

  @Field(() => DateResolver, { description: "The day after the last one." })
  to!: Date;
}
