import { DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field, ID } from "type-graphql";
import { ConnectionArgs } from "../relay/connection.args";

@ArgsType()
export class HistoryArgs extends ConnectionArgs {
  @Field(() => ID, { description: "The record's global id; it may have been deleted since." })
  id!: string;
}

@ArgsType()
export class ChangesArgs extends ConnectionArgs {
  @Field(() => DateTimeResolver, { description: "Changes whose write began at or after this instant..." })
  from!: Date;

  @Field(() => DateTimeResolver, { description: "...and before this one." })
  to!: Date;
}
