import { writerName } from "../../auth/caller";
import { UnauthenticatedError } from "../../errors";
import type { Context } from "../context";

/** Who history records as making this request's writes; only `@Authorized` fields ask, so a caller is there. */
export async function writerOf(context: Context): Promise<string> {
  const caller = await context.caller();
  if (!caller) throw new UnauthenticatedError();
  return writerName(caller);
}
