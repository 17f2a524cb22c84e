import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Draft } from "../draft/draft.type";
import { Event } from "../event/event.type";
import { BadUserInputError, UnauthenticatedError } from "../../errors";
import { findDraft } from "../../services/drafts/read";
import { type NodeTypeName, parseGlobalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";
import { Source } from "../source/source.type";
import { Statement } from "../statement/statement.type";
import { Topic } from "../topic/topic.type";

async function loadNode(type: NodeTypeName, id: string, { db, loaders, caller }: Context): Promise<Node | null> {
  switch (type) {
    case "Draft": {
      // Drafts are for writers only, as `draft(id:)` is.
      if (!(await caller())) throw new UnauthenticatedError();
      const row = await findDraft(db, id);
      return row ? new Draft(row) : null;
    }
    case "Actor": {
      const row = await loaders.actor.load(id);
      return row ? new Actor(row) : null;
    }
    case "Event": {
      const row = await loaders.event.load(id);
      return row ? new Event(row) : null;
    }
    case "Source": {
      const row = await loaders.source.load(id);
      return row ? new Source(row) : null;
    }
    case "Statement": {
      const row = await loaders.statement.load(id);
      return row ? new Statement(row) : null;
    }
    case "Topic": {
      const row = await loaders.topic.load(id);
      return row ? new Topic(row) : null;
    }
  }
}

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "The object with this global id, or null if there is none." })
  node(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Node | null> {
    const { type, databaseId } = parseGlobalId(id);
    return loadNode(type, databaseId, context);
  }

  @Query(() => [Node], { nullable: "items", description: `The objects with these global ids (at most ${MAX_NODES}), in order.` })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() context: Context): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`Ask for at most ${MAX_NODES} ids at once`, "ids");
    return Promise.all(ids.map((id) => this.node(id, context)));
  }
}
