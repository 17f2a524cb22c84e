import { Field, ObjectType } from "type-graphql";
import { Actor } from "./actor.type";

@ObjectType({ simpleResolvers: true, description: "The actor a mutation wrote, as it now is." })
export class ActorPayload {
  @Field(() => Actor)
  actor: Actor;

  constructor(actor: Actor) {
    this.actor = actor;
  }
}
