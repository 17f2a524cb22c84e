import type { TokenInfo } from "@parley/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, InputType, ObjectType } from "type-graphql";
import { TokenScope } from "../enums";

@ObjectType({
  simpleResolvers: true,
  description: "A token that may write, as admins see it: never the token itself, which is shown once, when created.",
})
export class ApiToken {
  @Field({ description: "What history names its writes by (`token:NAME`)." })
  name: string;

  @Field(() => TokenScope)
  scope: TokenScope;

  @Field(() => DateTimeResolver)
  createdAt: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt: Date | null;

  constructor(row: TokenInfo) {
    this.name = row.name;
    this.scope = row.scope;
    this.createdAt = row.createdAt;
    this.expiresAt = row.expiresAt;
    this.revokedAt = row.revokedAt;
  }
}

@InputType()
export class RevokeTokenInput {
  @Field()
  name!: string;
}

@ObjectType({ simpleResolvers: true })
export class RevokeTokenPayload {
  @Field(() => ApiToken)
  token: ApiToken;

  constructor(token: ApiToken) {
    this.token = token;
  }
}
