import type { StatementRelation as StatementRelationRow } from "@parley/db";
import { Field, ObjectType } from "type-graphql";
import { StatementRelationKind } from "../enums";

@ObjectType({
  simpleResolvers: true,
  description:
    "A typed relation to another statement. In `relations`, this statement `kind` the other (CONTRADICTS it); in `relatedBy`, the other `kind` this one.",
})
export class StatementRelation {
  readonly otherId: string;
  readonly basisId: string | null;

  @Field(() => StatementRelationKind)
  kind: StatementRelationKind;

  constructor(row: StatementRelationRow, otherEnd: "from" | "to") {
    this.otherId = otherEnd === "to" ? row.toId : row.fromId;
    this.basisId = row.basisId;
    this.kind = row.kind;
  }
}
