import { ObjectType } from "type-graphql";
import { Connection } from "../relay/connection.type";
import { Actor } from "./actor.type";

@ObjectType()
export class ActorConnection extends Connection(Actor, "Actor") {}
