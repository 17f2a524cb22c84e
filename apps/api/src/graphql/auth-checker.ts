import type { AuthChecker } from "type-graphql";
import { TokenScope } from "../enums";
import { ForbiddenError, RateLimitedError, UnauthenticatedError } from "../errors";
import type { Context } from "./context";

/** The roles `@Authorized` takes: a write needs a token of either scope; managing tokens needs ADMIN. */
export const Scope = TokenScope;

/**
 * Guards every `@Authorized` field: a token in force (else UNAUTHENTICATED,
 * whatever was wrong with it), of a scope that allows the field (else
 * FORBIDDEN), within its rate limit (else RATE_LIMITED). It throws rather than
 * return false, so that each refusal carries its own code.
 */
export const authChecker: AuthChecker<Context> = async ({ context }, roles) => {
  const caller = await context.caller();
  if (!caller) throw new UnauthenticatedError();
  if (roles.includes(TokenScope.ADMIN) && caller.scope !== TokenScope.ADMIN) throw new ForbiddenError("admin");
  const waitSeconds = (await context.writeLimiter?.take(caller.id)) ?? null;
  if (waitSeconds !== null) throw new RateLimitedError(waitSeconds);
  return true;
};
