import { BadUserInputError } from "../../errors";

/** A refusal about one record of a draft: `field` names it by key (`statements[k3].excerpt`), and `extensions.field` says the same. */
export function refuse(field: string, message: string): BadUserInputError {
  return new BadUserInputError(`${field}: ${message}`, "input", field);
}

/** A write service's BAD_USER_INPUT re-said under a draft record's name: its `excerpt` becomes `statements[k3].excerpt`. */
function renamed(error: unknown, prefix: string): unknown {
  if (!(error instanceof BadUserInputError)) return error;
  const field = typeof error.extensions.field === "string" ? `${prefix}.${error.extensions.field}` : prefix;
  return refuse(field, error.message);
}

/** Runs a write service's check or write for one record of a draft, its refusals named after that record. */
export async function underKey<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error: unknown) {
    throw renamed(error, prefix);
  }
}

/** `underKey`, for a check that does not wait. */
export function underKeyNow<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error: unknown) {
    throw renamed(error, prefix);
  }
}
