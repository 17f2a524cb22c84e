import { fromGlobalId, toGlobalId } from "graphql-relay";
import { BadUserInputError } from "../../errors";
import { isUuid } from "../../uuid";

/** The types `node(id:)` can return, by the name their global ids carry. */
export const nodeTypes = ["Actor", "Event", "Source", "Statement", "Topic"] as const;
export type NodeTypeName = (typeof nodeTypes)[number];


/** An opaque, globally unique id: base64 of "Type:databaseId", as graphql-relay writes it. */
export function globalId(type: NodeTypeName, databaseId: string): string {
  return toGlobalId(type, databaseId);
}

/** Reads a global id; an id that is not one of ours is the client's error. */
export function parseGlobalId(id: string): { type: NodeTypeName; databaseId: string } {
  const { type, id: databaseId } = fromGlobalId(id);
  const known = nodeTypes.find((name) => name === type);
  if (!known || !isUuid(databaseId)) throw new BadUserInputError(`"${id}" is not a valid node id`, "id");
  return { type: known, databaseId };
}
