import type { StatementRow } from "../../services/statement-order";
import { ObjectType } from "type-graphql";
import { Connection } from "../relay/connection.type";
import { Statement } from "./statement.type";

@ObjectType({ simpleResolvers: true })
export class StatementConnection extends Connection<Statement, StatementRow>(Statement, "Statement") {}
