import type { Event as EventRow } from "@parley/db";
import { ObjectType } from "type-graphql";
import { Connection } from "../relay/connection.type";
import { Event } from "./event.type";

@ObjectType({ simpleResolvers: true })
export class EventConnection extends Connection<Event, EventRow>(Event, "Event") {}
