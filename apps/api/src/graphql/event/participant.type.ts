import type { EventParticipant as ParticipantRow } from "@parley/db";
import { Field, ObjectType } from "type-graphql";
import { ParticipantRole } from "../enums";

@ObjectType({ simpleResolvers: true, description: "An actor's part in an event." })
export class Participant {
  readonly actorId: string;

  @Field(() => ParticipantRole)
  role: ParticipantRole;

  constructor(row: ParticipantRow) {
    this.actorId = row.actorId;
    this.role = row.role;
  }
}
