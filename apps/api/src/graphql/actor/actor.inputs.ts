import { Field, InputType } from "type-graphql";
import { ActorKind } from "../enums";
import { VersionedRefInput } from "../writes/versioned-ref.input";

@InputType()
export class CreateActorInput {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The names sources use for the actor ("Mr Lavrov").' })
  names?: string[] | null;
}

@InputType({ description: "Changes to an actor: the fields given replace the old ones (`names` all of them)." })
export class UpdateActorInput extends VersionedRefInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  names?: string[] | null;
}

@InputType()
export class DeleteActorInput extends VersionedRefInput {}
