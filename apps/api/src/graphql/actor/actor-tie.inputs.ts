import { DateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ActorTieKind } from "../enums";

@InputType({ description: "A tie between two actors, by their slugs: `actor` `kind` `relatedActor`." })
export class ActorTieRefInput {
  @Field()
  actor!: string;

  @Field()
  relatedActor!: string;

  @Field(() => ActorTieKind)
  kind!: ActorTieKind;
}

@InputType({ description: "A tie, with its office and the days the sources attest it; setting it again replaces those." })
export class SetActorTieInput extends ActorTieRefInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DateResolver, { nullable: true })
  validFrom?: Date | null;

  @Field(() => DateResolver, { nullable: true })
  validTo?: Date | null;
}

@InputType()
export class DeleteActorTieInput extends ActorTieRefInput {}
