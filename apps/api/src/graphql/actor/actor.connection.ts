import type { Actor as ActorRow } from "@parley/db";
import { ObjectType } from "type-graphql";
import { Connection } from "../relay/connection.type";
import { Actor } from "./actor.type";

@ObjectType({ simpleResolvers: true })
export class ActorConnection extends Connection<Actor, ActorRow>(Actor, "Actor") {}
