import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import * as writes from "../../services/writes/events";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { globalId } from "../relay/global-id";
import { DeletePayload } from "../writes/delete.payload";
import { given } from "../writes/given";
import { writerOf } from "../writes/writer";
import { CreateEventInput, DeleteEventInput, UpdateEventInput } from "./event.inputs";
import { EventPayload } from "./event.payload";
import { Event } from "./event.type";

@Resolver()
export class EventMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => EventPayload)
  async createEvent(@Arg("input") input: CreateEventInput, @Ctx() context: Context): Promise<EventPayload> {
    return new EventPayload(new Event(await writes.createEvent(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => EventPayload)
  async updateEvent(@Arg("input") input: UpdateEventInput, @Ctx() context: Context): Promise<EventPayload> {
    const changes = { ...given(input, ["summary", "endsAt", "place"]), slug: input.slug, version: input.version };
    return new EventPayload(new Event(await writes.updateEvent(context.db, await writerOf(context), changes)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DeletePayload, { description: "Deletes an event, with its participants and topics, that no statement was made at." })
  async deleteEvent(@Arg("input") input: DeleteEventInput, @Ctx() context: Context): Promise<DeletePayload> {
    return new DeletePayload(globalId("Event", await writes.deleteEvent(context.db, await writerOf(context), input)));
  }
}
