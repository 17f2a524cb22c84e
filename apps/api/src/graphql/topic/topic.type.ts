import type { Topic as TopicRow } from "@parley/db";
import { Field, ObjectType } from "type-graphql";
import { globalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";

@ObjectType({ simpleResolvers: true, implements: Node, description: "What statements and events are about." })
export class Topic extends Node {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  constructor(row: TopicRow) {
    super();
    this.id = globalId("Topic", row.id);
    this.slug = row.slug;
    this.name = row.name;
    this.description = row.description;
  }
}
