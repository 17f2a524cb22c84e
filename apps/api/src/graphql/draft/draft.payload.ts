import { Field, ObjectType } from "type-graphql";
import { Source } from "../source/source.type";
import { Draft } from "./draft.type";

@ObjectType({ simpleResolvers: true })
export class DraftPayload {
  @Field(() => Draft)
  draft: Draft;

  constructor(draft: Draft) {
    this.draft = draft;
  }
}

@ObjectType({ simpleResolvers: true })
export class PublishDraftPayload {
  @Field(() => Draft, { description: "The draft, PUBLISHED and read-only from now on." })
  draft: Draft;

  @Field(() => Source, { description: "The source created, with its statements, events and actors." })
  source: Source;

  constructor(draft: Draft, source: Source) {
    this.draft = draft;
    this.source = source;
  }
}
