import { DateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { SourceKind } from "../enums";
import { VersionedRefInput } from "../writes/versioned-ref.input";

@InputType({ description: "A new source, with its full text exactly as received." })
export class CreateSourceInput {
  @Field()
  slug!: string;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field({ description: "In square brackets when the document gives none and a cataloguer supplies it." })
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published, when known; never guessed." })
  url?: string | null;

  @Field(() => DateResolver)
  publishedOn!: Date;

  @Field({ description: "BCP 47 language tag." })
  language!: string;

  @Field()
  text!: string;
}

@InputType({ description: "Changes to a source. Its text may change only while no excerpt cites it." })
export class UpdateSourceInput extends VersionedRefInput {
  @Field(() => SourceKind, { nullable: true })
  kind?: SourceKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => DateResolver, { nullable: true })
  publishedOn?: Date | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@InputType()
export class DeleteSourceInput extends VersionedRefInput {}
