import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { publishDraft } from "../../services/drafts/publish";
import { createDraft, deleteDraft, updateDraft } from "../../services/drafts/write";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { globalId } from "../relay/global-id";
import { Source } from "../source/source.type";
import { DeletePayload } from "../writes/delete.payload";
import { given } from "../writes/given";
import { writingCaller } from "../writes/writer";
import { draftIdOf } from "./draft-id";
import { CreateDraftInput, DeleteDraftInput, PublishDraftInput, UpdateDraftInput } from "./draft.inputs";
import { DraftPayload, PublishDraftPayload } from "./draft.payload";
import { Draft } from "./draft.type";

@Resolver()
export class DraftMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => DraftPayload, {
    description:
      "Keeps an article as a draft: its text and metadata, and the statements proposed from it (speakers resolved to known actors, new actors for the others, a new event from its date and dateline), all PENDING.",
  })
  async createDraft(@Arg("input") input: CreateDraftInput, @Ctx() context: Context): Promise<DraftPayload> {
    return new DraftPayload(new Draft(await createDraft(context.db, await writingCaller(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DraftPayload, { description: "Changes an open draft: one edit of its review or metadata, at the version read." })
  async updateDraft(@Arg("input") input: UpdateDraftInput, @Ctx() context: Context): Promise<DraftPayload> {
    const changes = { ...given(input, ["publisher", "url"]), id: draftIdOf(input.id, "id"), version: input.version };
    return new DraftPayload(new Draft(await updateDraft(context.db, await writingCaller(context), changes)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => PublishDraftPayload, {
    description:
      "Publishes an open draft in one transaction: its source, new actors and events, and accepted statements with their topics, stances and CONTINUES relations, checked as every write is. Any refusal names the draft's record (`statements[KEY].excerpt`), and nothing is written. The draft is then PUBLISHED and read-only.",
  })
  async publishDraft(@Arg("input") input: PublishDraftInput, @Ctx() context: Context): Promise<PublishDraftPayload> {
    const ref = { id: draftIdOf(input.id, "id"), version: input.version };
    const published = await publishDraft(context.db, await writingCaller(context), ref);
    return new PublishDraftPayload(new Draft(published.draft), new Source(published.source));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DeletePayload, { description: "Deletes an open draft, at the version read." })
  async deleteDraft(@Arg("input") input: DeleteDraftInput, @Ctx() context: Context): Promise<DeletePayload> {
    const ref = { id: draftIdOf(input.id, "id"), version: input.version };
    return new DeletePayload(globalId("Draft", await deleteDraft(context.db, ref)));
  }
}
