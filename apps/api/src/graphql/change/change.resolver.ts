import { Args, Ctx, Query, Resolver } from "type-graphql";
import { listChanges, listHistory } from "../../services/history";
import type { Context } from "../context";
import { parseGlobalId } from "../relay/global-id";
import { ChangesArgs, HistoryArgs } from "./change.args";
import { ChangeConnection } from "./change.connection";
import { Change } from "./change.type";

// History is public, as the records are: who changed a record and how is part of its provenance.
@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description: "What changed in a record (and its names, participants, topics, stances...), when and by whom, in order.",
  })
  async history(@Args() { id, ...page }: HistoryArgs, @Ctx() { db }: Context): Promise<ChangeConnection> {
    return new ChangeConnection(await listHistory(db, parseGlobalId(id).databaseId, page), (row) => new Change(row));
  }

  @Query(() => ChangeConnection, { description: "Every change whose write began in [from, to), in order." })
  async changes(@Args() args: ChangesArgs, @Ctx() { db }: Context): Promise<ChangeConnection> {
    return new ChangeConnection(await listChanges(db, args), (row) => new Change(row));
  }
}
