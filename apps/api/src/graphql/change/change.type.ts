import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { ChangeRow } from "../../services/history";
import { ChangeOperation } from "../enums";
import { globalId, type NodeTypeName } from "../relay/global-id";

/** The record each table's rows belong to: a row of its own, or a part of one (an actor's name, an event's participant). */
const recordTypeOf: Record<string, NodeTypeName> = {
  source: "Source",
  excerpt: "Source",
  actor: "Actor",
  actor_name: "Actor",
  actor_tie: "Actor",
  topic: "Topic",
  event: "Event",
  event_participant: "Event",
  event_topic: "Event",
  event_report: "Event",
  statement: "Statement",
  statement_topic: "Statement",
  stance: "Statement",
  statement_relation: "Statement",
};

@ObjectType({ simpleResolvers: true, description: "One change to a record: what it was before and after, when, and who wrote it." })
export class Change {
  @Field(() => DateTimeResolver, { description: "When the write began; every change of one write shares it." })
  changedAt: Date;

  @Field({ description: 'Who wrote: "token:NAME" for the API, "import" for an import, else the database user.' })
  changedBy: string;

  @Field(() => ChangeOperation)
  operation: ChangeOperation;

  @Field(() => ID, { description: "The global id of the record the change belongs to (it may have been deleted since)." })
  recordId: string;

  @Field({ description: "The part of the record that changed, as the database names it: `statement`, `stance`, `event_participant`..." })
  part: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: "The row before; null for an insert." })
  before: object | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: "The row after; null for a delete." })
  after: object | null;

  constructor(row: ChangeRow) {
    this.changedAt = row.changedAt;
    this.changedBy = row.changedBy;
    this.operation = row.operation;
    const type = recordTypeOf[row.tableName];
    // Only the tables above have the trigger that records changes: another is a bug, not the client's error.
    if (!type) throw new Error(`A change to table "${row.tableName}", which history does not know`);
    this.recordId = globalId(type, row.recordId);
    this.part = row.tableName;
    this.before = row.before;
    this.after = row.after;
  }
}
