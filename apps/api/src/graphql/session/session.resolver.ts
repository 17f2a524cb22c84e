import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { createWebSession, endWebSession, signingInCaller } from "../../services/sessions";
import { takeWrite } from "../auth-checker";
import type { Context } from "../context";
import { CreateSessionInput, CreateSessionPayload, EndSessionPayload } from "./session.types";
import { Viewer } from "./viewer.type";

/** Sessions for the web app: it signs a person in with a token and keeps only the session's secret. */
@Resolver()
export class SessionResolver {
  @Query(() => Viewer, { nullable: true, description: "Who the request's bearer writes as; null without a bearer in force." })
  async viewer(@Ctx() { caller }: Context): Promise<Viewer | null> {
    const found = await caller();
    return found && new Viewer(found);
  }

  @Mutation(() => CreateSessionPayload, {
    description:
      "Signs in with a token (sent in the input, no Authorization header needed): a session lasting SESSION_TTL_HOURS, or until `endSession`, that writes as the token while the token is in force. A token that is not in force is UNAUTHENTICATED, whatever was wrong with it.",
  })
  async createSession(@Arg("input") input: CreateSessionInput, @Ctx() context: Context): Promise<CreateSessionPayload> {
    const caller = await signingInCaller(context.db, input.token);
    await takeWrite(context, caller);
    return new CreateSessionPayload(await createWebSession(context.db, caller, context.sessionTtlMs));
  }

  @Mutation(() => EndSessionPayload, { description: "Signs out: ends the session whose secret is the request's bearer, at once." })
  async endSession(@Ctx() context: Context): Promise<EndSessionPayload> {
    return new EndSessionPayload(await endWebSession(context.db, await context.caller()));
  }
}
