import type { AuthChecker } from "type-graphql";
import type { Caller } from "../auth/caller";
import { TokenScope } from "../enums";
import { ForbiddenError, RateLimitedError, UnauthenticatedError } from "../errors";
import type { Context } from "./context";

/** The roles `@Authorized` takes: a write needs a token of either scope; managing tokens needs ADMIN. */
export const Scope = TokenScope;

/** A role for a query that costs like a write (`proposeStatements` reads a whole article): the write limit counts it too. */
export const COUNTS_AS_WRITE = "COUNTS_AS_WRITE";

/** Counts one write of the caller's token against its limit; RATE_LIMITED past it. */
export async function takeWrite(context: Context, caller: Caller): Promise<void> {
  const waitSeconds = (await context.writeLimiter?.take(caller.id)) ?? null;
  if (waitSeconds !== null) throw new RateLimitedError(waitSeconds);
}

/**
 * Guards every `@Authorized` field: a bearer in force (else UNAUTHENTICATED,
 * whatever was wrong with it), of a scope that allows the field (else
 * FORBIDDEN), and for mutations and queries that count as writes, within its
 * token's rate limit (else RATE_LIMITED); reads of drafts and tokens are not
 * counted. It throws rather than return false, so that each refusal carries
 * its own code.
 */
export const authChecker: AuthChecker<Context> = async ({ context, info }, roles) => {
  const caller = await context.caller();
  if (!caller) throw new UnauthenticatedError();
  if (roles.includes(TokenScope.ADMIN) && caller.scope !== TokenScope.ADMIN) throw new ForbiddenError("admin");
  if (info.parentType === info.schema.getMutationType() || roles.includes(COUNTS_AS_WRITE)) await takeWrite(context, caller);
  return true;
};
