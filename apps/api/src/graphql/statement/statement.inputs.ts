import { DateTimeResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { StancePosition, StatementKind, StatementRelationKind, TimePrecision } from "../enums";
import { ExcerptInput } from "../writes/excerpt.input";
import { VersionedRefInput } from "../writes/versioned-ref.input";

@InputType({ description: "A new statement. A DIRECT_QUOTE's text must be its source's text at `excerpt`, exactly." })
export class CreateStatementInput {
  @Field()
  slug!: string;

  @Field()
  text!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field({ description: "Slug of the actor the source attributes the words to." })
  speaker!: string;

  @Field(() => String, { nullable: true, description: "Slug of the event it was made at." })
  event?: string | null;

  @Field(() => DateTimeResolver)
  saidAt!: Date;

  @Field(() => TimePrecision)
  timePrecision!: TimePrecision;

  @Field({ description: "Slug of the source that reports it." })
  source!: string;

  @Field(() => ExcerptInput, { description: "Where in the source's text: a span, or the exact words." })
  excerpt!: ExcerptInput;

  @Field(() => [String], { nullable: true, description: "Slugs of the topics it is about." })
  topics?: string[] | null;
}

@InputType({
  description: "Changes to a statement: the fields given replace the old ones (`topics` all of them); the result is checked as a whole.",
})
export class UpdateStatementInput extends VersionedRefInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => String, { nullable: true })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "null: made at no known event." })
  event?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  saidAt?: Date | null;

  @Field(() => TimePrecision, { nullable: true })
  timePrecision?: TimePrecision | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => ExcerptInput, { nullable: true, description: "Where in the (new) source's text: a span, or the exact words." })
  excerpt?: ExcerptInput | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;
}

@InputType()
export class DeleteStatementInput extends VersionedRefInput {}

@InputType({ description: "`from` RESPONDS_TO (CONTRADICTS, ...) `to`, by the statements' slugs." })
export class StatementRelationInput {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => StatementRelationKind)
  kind!: StatementRelationKind;
}

@InputType()
export class CreateStatementRelationInput extends StatementRelationInput {}

@InputType()
export class DeleteStatementRelationInput extends StatementRelationInput {}

@InputType({ description: "A statement's position towards a topic, by their slugs." })
export class SetStanceInput {
  @Field()
  statement!: string;

  @Field()
  topic!: string;

  @Field(() => StancePosition)
  position!: StancePosition;
}

@InputType()
export class RemoveStanceInput {
  @Field()
  statement!: string;

  @Field()
  topic!: string;
}
