import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { DraftCounts as DraftCountValues, DraftRow } from "../../services/drafts/read";
import { DraftStatus, SourceKind } from "../enums";
import { globalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";
import { Source } from "../source/source.type";
import { DraftActor } from "./draft-actor.type";
import { DraftEvent } from "./draft-event.type";
import { DraftStatement } from "./draft-statement.type";

@ObjectType({ simpleResolvers: true, description: "How far a draft's review has come, for a list of drafts." })
export class DraftCounts implements DraftCountValues {
  @Field(() => Int, { description: "Statements proposed from the text." })
  proposed!: number;

  @Field(() => Int, { description: "Statements reviewers added." })
  added!: number;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  pending!: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    "An article being captured: its text and metadata as received, the statements under review, and the actors and events publishing will create. Every writer sees and edits every draft; a published draft is read-only.",
})
export class Draft extends Node {
  /** Not a GraphQL field: the row's id, for the resolvers of the draft's content. */
  databaseId: string;

  @Field(() => Int, { description: "1 when created, one more with every update: `updateDraft` and `publishDraft` send it." })
  version: number;

  @Field(() => DraftStatus)
  status: DraftStatus;

  @Field({ description: "The name of the token that created it." })
  createdBy: string;

  @Field({ description: "The name of the token that last changed it." })
  updatedBy: string;

  @Field(() => DateTimeResolver)
  createdAt: Date;

  @Field(() => DateTimeResolver)
  updatedAt: Date;

  @Field(() => SourceKind)
  kind: SourceKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => DateResolver)
  publishedOn: Date;

  @Field({ description: "BCP 47 tag of the text's language." })
  language: string;

  @Field(() => DraftCounts)
  counts: DraftCounts;

  @Field(() => Source, { nullable: true, description: "The source publishing created; null while the draft is open." })
  source: Source | null;

  // The text and the review are loaded only when asked for (see DraftResolver): a list of drafts shows neither.
  @Field({ description: "The text exactly as received; excerpts index into it." })
  text!: string;

  @Field(() => [DraftStatement], { description: "In the order of their excerpts in the text." })
  statements!: DraftStatement[];

  @Field(() => [DraftActor])
  actors!: DraftActor[];

  @Field(() => [DraftEvent])
  events!: DraftEvent[];

  constructor(row: DraftRow) {
    super();
    this.id = globalId("Draft", row.id);
    this.databaseId = row.id;
    this.version = row.version;
    this.status = row.status;
    this.createdBy = row.createdBy;
    this.updatedBy = row.updatedBy;
    this.createdAt = row.createdAt;
    this.updatedAt = row.updatedAt;
    this.kind = row.kind;
    this.title = row.title;
    this.publisher = row.publisher;
    this.url = row.url;
    this.publishedOn = row.publishedOn;
    this.language = row.language;
    this.counts = Object.assign(new DraftCounts(), row.counts);
    this.source = row.source && new Source(row.source);
  }
}
