import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { listApiTokens, revokeApiToken } from "../../services/tokens";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { ApiToken, RevokeTokenInput, RevokeTokenPayload } from "./token.type";

/** Token management for ADMIN tokens; tokens are created with `npm run token -- create` only, so that none travels over HTTP. */
@Resolver(() => ApiToken)
export class TokenResolver {
  @Authorized(Scope.ADMIN)
  @Query(() => [ApiToken], { description: "Every token, in force or not (ADMIN scope)." })
  async tokens(@Ctx() { db }: Context): Promise<ApiToken[]> {
    return (await listApiTokens(db)).map((row) => new ApiToken(row));
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => RevokeTokenPayload, { description: "Revokes a token at once (ADMIN scope)." })
  async revokeToken(@Arg("input") input: RevokeTokenInput, @Ctx() { db }: Context): Promise<RevokeTokenPayload> {
    return new RevokeTokenPayload(new ApiToken(await revokeApiToken(db, input.name)));
  }
}
