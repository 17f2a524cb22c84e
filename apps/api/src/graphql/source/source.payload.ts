import { Field, ObjectType } from "type-graphql";
import { Source } from "./source.type";

@ObjectType({ simpleResolvers: true, description: "The source a mutation wrote, as it now is." })
export class SourcePayload {
  @Field(() => Source)
  source: Source;

  constructor(source: Source) {
    this.source = source;
  }
}
