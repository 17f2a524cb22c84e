import type { Actor as ActorRow } from "@parley/db";
import { Field, Int, ObjectType } from "type-graphql";
import { ActorKind } from "../enums";
import { globalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A person, state, organisation, account or group that acts or speaks.",
})
export class Actor extends Node {
  readonly databaseId: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => ActorKind)
  kind: ActorKind;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, {
    description: "Starts at 1 and grows with every change; send it back to update or delete (a stale one is refused with CONFLICT).",
  })
  version: number;

  constructor(row: ActorRow) {
    super();
    this.id = globalId("Actor", row.id);
    this.databaseId = row.id;
    this.slug = row.slug;
    this.version = row.version;
    this.name = row.name;
    this.kind = row.kind;
    this.description = row.description;
  }
}
