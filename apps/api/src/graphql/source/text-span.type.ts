import { Field, Int, ObjectType } from "type-graphql";
import type { TextSpan as TextSpanValues } from "../../services/text-search";

@ObjectType({
  simpleResolvers: true,
  description: "A half-open span [start, end) of a text, in JavaScript string (UTF-16 code unit) indices.",
})
export class TextSpan implements TextSpanValues {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  constructor(span: TextSpanValues) {
    this.start = span.start;
    this.end = span.end;
  }
}
