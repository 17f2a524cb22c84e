import { DateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { AdjacentDays as AdjacentDaysRow } from "../../services/days";

@ObjectType({
  simpleResolvers: true,
  description: "The days with events either side of a day, each event's day read in its own time zone.",
})
export class AdjacentDays {
  @Field(() => DateResolver, { nullable: true, description: "The latest earlier day on which an event starts." })
  previous: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "The earliest later day on which an event starts." })
  next: Date | null;

  constructor(row: AdjacentDaysRow) {
    this.previous = row.previous;
    this.next = row.next;
  }
}
