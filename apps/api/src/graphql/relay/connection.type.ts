import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { type Edge, mapPage, type Page, type PageInfo as PageInfoValues } from "../../paging/page";

@ObjectType({ simpleResolvers: true, description: "Relay's page information." })
export class PageInfo implements PageInfoValues {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * Builds the Relay connection type for `NodeClass`: `<Name>Connection` with
 * `edges { cursor node }`, `pageInfo` and `totalCount`.
 */
export function Connection<Node extends object, Row>(NodeClass: ClassType<Node>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType implements Edge<Node> {
    @Field()
    cursor!: string;

    @Field(() => NodeClass)
    node!: Node;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<Node>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    /** Not a GraphQL field: totalCount calls it, so the count runs only when asked for. */
    readonly countTotal: () => Promise<number>;

    /** A page of rows from a service, each turned into its GraphQL object by `toNode`. */
    constructor(page: Page<Row>, toNode: (row: Row) => Node) {
      const nodes = mapPage(page, toNode);
      this.edges = nodes.edges;
      this.pageInfo = nodes.pageInfo;
      this.countTotal = nodes.countTotal;
    }

    @Field(() => Int, { description: "How many items the whole list holds, across all pages." })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return ConnectionType;
}
