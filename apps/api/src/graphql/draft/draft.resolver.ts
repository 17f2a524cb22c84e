import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { findDraft, listDrafts } from "../../services/drafts/read";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { draftIdOf } from "./draft-id";
import { DraftActor } from "./draft-actor.type";
import { DraftEvent } from "./draft-event.type";
import { DraftStatement } from "./draft-statement.type";
import { DraftsArgs } from "./draft.args";
import { DraftConnection } from "./draft.connection";
import { Draft } from "./draft.type";

/** Drafts are read by writers only: every writer reads every draft. Reading them does not count against the write limit. */
@Resolver(() => Draft)
export class DraftResolver {
  @Authorized(Scope.WRITE)
  @Query(() => Draft, { nullable: true, description: "A draft by its id; null when there is none." })
  async draft(@Arg("id", () => ID) id: string, @Ctx() { db }: Context): Promise<Draft | null> {
    const row = await findDraft(db, draftIdOf(id, "id"));
    return row && new Draft(row);
  }

  @Authorized(Scope.WRITE)
  @Query(() => DraftConnection, { description: "Drafts, newest first, with how far each one's review has come." })
  async drafts(@Args() args: DraftsArgs, @Ctx() { db, caller }: Context): Promise<DraftConnection> {
    const createdBy = args.mine ? (await caller())?.id : undefined;
    return new DraftConnection(await listDrafts(db, { ...args, createdBy }), (row) => new Draft(row));
  }

  @FieldResolver(() => String)
  async text(@Root() draft: Draft, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.draftContent.load(draft.databaseId))!.text;
  }

  @FieldResolver(() => [DraftStatement])
  async statements(@Root() draft: Draft, @Ctx() { loaders }: Context): Promise<DraftStatement[]> {
    const { review, references } = (await loaders.draftContent.load(draft.databaseId))!;
    return review.statements.map((statement) => new DraftStatement(statement, references));
  }

  @FieldResolver(() => [DraftActor])
  async actors(@Root() draft: Draft, @Ctx() { loaders }: Context): Promise<DraftActor[]> {
    return (await loaders.draftContent.load(draft.databaseId))!.review.actors.map((actor) => new DraftActor(actor));
  }

  @FieldResolver(() => [DraftEvent])
  async events(@Root() draft: Draft, @Ctx() { loaders }: Context): Promise<DraftEvent[]> {
    const { review, references } = (await loaders.draftContent.load(draft.databaseId))!;
    return review.events.map((event) => new DraftEvent(event, references));
  }
}
