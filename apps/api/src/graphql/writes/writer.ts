import { type Caller, writerName } from "../../auth/caller";
import { UnauthenticatedError } from "../../errors";
import type { Context } from "../context";

/** The request's caller, for writes that record who made them; only `@Authorized` fields ask, so a caller is there. */
export async function writingCaller(context: Context): Promise<Caller> {
  const caller = await context.caller();
  if (!caller) throw new UnauthenticatedError();
  return caller;
}

/** Who history records as making this request's writes. */
export async function writerOf(context: Context): Promise<string> {
  return writerName(await writingCaller(context));
}
