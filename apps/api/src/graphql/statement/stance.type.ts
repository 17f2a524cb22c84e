import type { Stance as StanceRow } from "@parley/db";
import { Field, ObjectType } from "type-graphql";
import { StancePosition } from "../enums";

@ObjectType({ simpleResolvers: true, description: "A statement's position towards a topic, and the excerpt that supports reading it so." })
export class Stance {
  readonly topicId: string;
  readonly basisId: string | null;

  @Field(() => StancePosition)
  position: StancePosition;

  constructor(row: StanceRow) {
    this.topicId = row.topicId;
    this.basisId = row.basisId;
    this.position = row.position;
  }
}
