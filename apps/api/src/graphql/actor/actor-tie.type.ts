import type { ActorTie as ActorTieRow } from "@parley/db";
import { DateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { ActorTieKind } from "../enums";

@ObjectType({
  simpleResolvers: true,
  description: "A tie between two actors over a time: `actor` `kind` `relatedActor` (Lavrov HOLDS_OFFICE_IN Russia, as Foreign Minister).",
})
export class ActorTie {
  readonly actorId: string;
  readonly relatedActorId: string;
  readonly excerptId: string | null;

  @Field(() => ActorTieKind)
  kind: ActorTieKind;

  @Field(() => String, { nullable: true, description: "The office or capacity, where there is one." })
  title: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: "First day the sources attest the tie; null when not known.",
  })
  validFrom: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Last day the sources attest the tie; null when not known." })
  validTo: Date | null;

  constructor(row: ActorTieRow) {
    this.actorId = row.actorId;
    this.relatedActorId = row.relatedActorId;
    this.excerptId = row.excerptId;
    this.kind = row.kind;
    this.title = row.title;
    this.validFrom = row.validFrom;
    this.validTo = row.validTo;
  }
}
