import type { GraphQLResolveInfo } from "graphql";
import { type StatementTreePart, statementTreeParts } from "../../services/statement-tree-sql";
import { selectedFields } from "../selection";

/** The parts of the statement cards a connection's items show, to be loaded with the statements. */
export function cardPartsShown(info: GraphQLResolveInfo): StatementTreePart[] {
  const fields = selectedFields(info, ["edges", "node"]);
  return statementTreeParts.filter((part) => fields.has(part));
}
