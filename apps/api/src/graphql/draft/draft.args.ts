import { ArgsType, Field } from "type-graphql";
import { DraftStatus } from "../enums";
import { ConnectionArgs } from "../relay/connection.args";

@ArgsType()
export class DraftsArgs extends ConnectionArgs {
  @Field(() => DraftStatus, { nullable: true, description: "Only drafts in this status." })
  status?: DraftStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Only the drafts the request's token created." })
  mine?: boolean | null;
}
