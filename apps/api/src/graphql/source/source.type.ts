import type { SourceSummaryRow } from "../../services/sources";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { SourceKind } from "../enums";
import { globalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A document events and statements are taken from." })
export class Source extends Node {
  readonly databaseId: string;

  @Field()
  slug: string;

  @Field(() => SourceKind)
  kind: SourceKind;

  @Field({ description: "The document's title; in square brackets when the document gives none and a cataloguer supplied it." })
  title: string;

  @Field(() => String, { nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: "Where the document was published, when known; never guessed." })
  url: string | null;

  @Field(() => DateResolver)
  publishedOn: Date;

  @Field({ description: "BCP 47 language tag." })
  language: string;

  @Field({ description: "Hex SHA-256 of the UTF-8 text." })
  contentHash: string;

  @Field(() => DateTimeResolver, { description: "When Parley recorded the source." })
  recordedAt: Date;

  @Field(() => Int, {
    description: "Starts at 1 and grows with every change; send it back to update or delete (a stale one is refused with CONFLICT).",
  })
  version: number;

  constructor(row: SourceSummaryRow) {
    super();
    this.id = globalId("Source", row.id);
    this.databaseId = row.id;
    this.slug = row.slug;
    this.version = row.version;
    this.kind = row.kind;
    this.title = row.title;
    this.publisher = row.publisher;
    this.url = row.url;
    this.publishedOn = row.publishedOn;
    this.language = row.language;
    this.contentHash = row.contentHash;
    this.recordedAt = row.createdAt;
  }
}
