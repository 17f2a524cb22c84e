import { Field, ObjectType } from "type-graphql";
import type { DraftActorData } from "../../services/drafts/review";
import { ActorKind } from "../enums";

@ObjectType({
  simpleResolvers: true,
  description: "An actor publishing the draft will create (as the speaker or a participant of its records).",
})
export class DraftActor {
  @Field({ description: "The draft's own name for it: statements and participants refer to it by `newSpeaker` / `newActor`." })
  key: string;

  @Field()
  name: string;

  @Field(() => ActorKind)
  kind: ActorKind;

  @Field(() => [String], { description: 'The names this text uses for the actor ("Ms Berg", "the minister").' })
  names: string[];

  constructor(data: DraftActorData) {
    this.key = data.key;
    this.name = data.name;
    this.kind = data.kind;
    this.names = data.names;
  }
}
