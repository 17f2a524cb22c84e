import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "What a delete removed." })
export class DeletePayload {
  @Field(() => ID, { description: "The global id the record had." })
  deletedId: string;

  constructor(deletedId: string) {
    this.deletedId = deletedId;
  }
}
