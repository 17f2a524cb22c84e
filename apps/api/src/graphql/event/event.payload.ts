import { Field, ObjectType } from "type-graphql";
import { Event } from "./event.type";

@ObjectType({ simpleResolvers: true, description: "The event a mutation wrote, as it now is." })
export class EventPayload {
  @Field(() => Event)
  event: Event;

  constructor(event: Event) {
    this.event = event;
  }
}
