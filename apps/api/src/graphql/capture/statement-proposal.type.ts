import { Field, Float, ObjectType } from "type-graphql";
import type { ResolvedProposal } from "../../services/proposals";
import { Actor } from "../actor/actor.type";
import { StatementKind } from "../enums";
import { TextSpan } from "../source/text-span.type";

@ObjectType({ simpleResolvers: true, description: "A statement a text seems to report, for a person to confirm (see docs/capture.md)." })
export class StatementProposal {
  @Field(() => StatementKind)
  kind: StatementKind;

  @Field(() => TextSpan, { description: "[start, end) in the given text, UTF-16 indices." })
  excerpt: TextSpan;

  @Field({ description: "The given text at that span." })
  text: string;

  @Field(() => String, {
    nullable: true,
    description: "The fullest name the text gives; a spokesperson's organisation; a post's display name; null when anonymous.",
  })
  speakerName: string | null;

  @Field(() => Actor, { nullable: true, description: "The known actor the speaker resolves to, if any." })
  speaker: Actor | null;

  @Field(() => TextSpan, { nullable: true, description: 'The attribution words ("she said"), when there are any.' })
  cue: TextSpan | null;

  @Field(() => Float, { description: "0 to 1." })
  confidence: number;

  constructor(proposal: ResolvedProposal) {
    this.kind = proposal.kind;
    this.excerpt = new TextSpan(proposal.excerpt);
    this.text = proposal.text;
    this.speakerName = proposal.speakerName;
    this.speaker = proposal.speaker && new Actor(proposal.speaker);
    this.cue = proposal.cue && new TextSpan(proposal.cue);
    this.confidence = proposal.confidence;
  }
}
