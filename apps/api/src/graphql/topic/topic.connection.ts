import type { Topic as TopicRow } from "@parley/db";
import { ObjectType } from "type-graphql";
import { Connection } from "../relay/connection.type";
import { Topic } from "./topic.type";

@ObjectType({ simpleResolvers: true })
export class TopicConnection extends Connection<Topic, TopicRow>(Topic, "Topic") {}
