import { ObjectType } from "type-graphql";
import type { DraftRow } from "../../services/drafts/read";
import { Connection } from "../relay/connection.type";
import { Draft } from "./draft.type";

@ObjectType({ simpleResolvers: true })
export class DraftConnection extends Connection<Draft, DraftRow>(Draft, "Draft") {}
