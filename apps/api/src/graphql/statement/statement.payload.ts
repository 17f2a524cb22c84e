import { Field, ObjectType } from "type-graphql";
import { Statement } from "./statement.type";

@ObjectType({ simpleResolvers: true, description: "The statement a mutation wrote, as it now is." })
export class StatementPayload {
  @Field(() => Statement)
  statement: Statement;

  constructor(statement: Statement) {
    this.statement = statement;
  }
}
