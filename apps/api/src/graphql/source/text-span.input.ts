import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "A half-open span [start, end) of a source's text, in JavaScript string (UTF-16 code unit) indices." })
export class TextSpanInput {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
