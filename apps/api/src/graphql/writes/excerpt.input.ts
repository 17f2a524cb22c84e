import { Field, InputType, Int } from "type-graphql";

@InputType({
  description:
    "A place in a text, in one of two forms: `start` and `end` (a half-open span, in JavaScript string (UTF-16 code unit) indices), or `text` (the exact words) with `occurrence` (which of them, from 1) or `after` where the words occur more than once.",
})
export class ExcerptInput {
  @Field(() => Int, { nullable: true })
  start?: number | null;

  @Field(() => Int, { nullable: true })
  end?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The exact words; refused when they do not occur, or occur more than once without `occurrence`.",
  })
  text?: string | null;

  @Field(() => Int, { nullable: true, description: "Which occurrence of `text`, from 1." })
  occurrence?: number | null;

  @Field(() => String, { nullable: true, description: "Or: the first occurrence of `text` after these words, which must occur once." })
  after?: string | null;
}
