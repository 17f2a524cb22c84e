import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { StatementRow } from "../../services/statement-order";
import type { StatementMatch } from "../../services/statements";
import { StatementKind, TimePrecision } from "../enums";
import { globalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";
import { Excerpt } from "../source/excerpt.type";
import { TextSpan } from "../source/text-span.type";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "What an actor said, tied to the exact span of the source that reports it.",
})
export class Statement extends Node {
  readonly databaseId: string;
  readonly speakerId: string;
  readonly eventId: string | null;
  readonly capacityId: string | null;

  @Field()
  slug: string;

  @Field({ description: "For a DIRECT_QUOTE, character for character the source's text at `excerpt`." })
  text: string;

  @Field(() => StatementKind)
  kind: StatementKind;

  @Field(() => DateTimeResolver, { description: "When it was said, in UTC, to `timePrecision`." })
  saidAt: Date;

  @Field(() => TimePrecision)
  timePrecision: TimePrecision;

  @Field(() => Excerpt, { description: "Where the source reports it." })
  excerpt: Excerpt;

  @Field(() => [TextSpan], {
    description: "Where in `text` the words of the search that found this statement are, to highlight them; empty when no search found it.",
  })
  highlights: TextSpan[];

  @Field(() => Int, {
    description: "Starts at 1 and grows with every change; send it back to update or delete (a stale one is refused with CONFLICT).",
  })
  version: number;

  constructor(row: StatementRow | StatementMatch) {
    super();
    this.id = globalId("Statement", row.id);
    this.databaseId = row.id;
    this.speakerId = row.speakerId;
    this.eventId = row.eventId;
    this.capacityId = row.capacityId;
    this.slug = row.slug;
    this.version = row.version;
    this.text = row.text;
    this.kind = row.kind;
    this.saidAt = row.saidAt;
    this.timePrecision = row.timePrecision;
    this.excerpt = new Excerpt(row.excerpt);
    this.highlights = "highlights" in row ? row.highlights.map((span) => new TextSpan(span)) : [];
  }
}
