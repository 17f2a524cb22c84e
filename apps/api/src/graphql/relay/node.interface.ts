import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything with a global id, refetchable through `node(id:)`. */
@InterfaceType({ description: "An object with a global id, refetchable through `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque and global: pass it to `node(id:)`." })
  id!: string;
}
