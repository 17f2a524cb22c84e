import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { Caller } from "../../auth/caller";
import { TokenScope } from "../enums";

@ObjectType({ simpleResolvers: true, description: "Who the request's bearer (a token, or a web session of one) writes as." })
export class Viewer {
  @Field({ description: "The token's name: what history records its writes by (`token:NAME`)." })
  name: string;

  @Field(() => TokenScope)
  scope: TokenScope;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When the bearer stops being in force: a session's end, or its token's expiry, whichever is first; null: never.",
  })
  expiresAt: Date | null;

  constructor(caller: Caller) {
    this.name = caller.name;
    this.scope = caller.scope;
    this.expiresAt = caller.expiresAt;
  }
}
