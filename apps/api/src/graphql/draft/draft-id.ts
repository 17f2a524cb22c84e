import { BadUserInputError } from "../../errors";
import { parseGlobalId } from "../relay/global-id";

/** The database id of a draft's global id; any other id is the client's error, naming `field`. */
export function draftIdOf(id: string, field: string): string {
  const { type, databaseId } = parseGlobalId(id);
  if (type !== "Draft") throw new BadUserInputError(`"${id}" is not a draft's id`, "input", field);
  return databaseId;
}
