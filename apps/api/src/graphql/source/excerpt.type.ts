import type { Excerpt as ExcerptRow } from "@parley/db";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "A half-open span [start, end) of a source's text, in JavaScript string (UTF-16 code unit) indices.",
})
export class Excerpt {
  readonly sourceId: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  constructor(row: ExcerptRow) {
    this.sourceId = row.sourceId;
    this.start = row.start;
    this.end = row.end;
  }
}
