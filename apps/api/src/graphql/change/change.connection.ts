import { ObjectType } from "type-graphql";
import type { ChangeRow } from "../../services/history";
import { Connection } from "../relay/connection.type";
import { Change } from "./change.type";

@ObjectType({ simpleResolvers: true })
export class ChangeConnection extends Connection<Change, ChangeRow>(Change, "Change") {}
