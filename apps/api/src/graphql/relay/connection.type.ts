import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Relay's page information." })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

/** A page of a list, as `paginate` returns it; `countTotal` runs only if `totalCount` is asked for. */
export interface PageOf<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * Builds the Relay connection type for `NodeClass`: `<Name>Connection` with
 * `edges { cursor node }`, `pageInfo` and `totalCount`.
 */
export function Connection<Node extends object>(NodeClass: ClassType<Node>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<Node> {
    @Field()
    cursor!: string;

    @Field(() => NodeClass)
    node!: Node;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<Node>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    /** Not a GraphQL field: totalCount calls it, so the count runs only when asked for. */
    readonly countTotal: () => Promise<number>;

    constructor(page: PageOf<Node>) {
      this.edges = page.edges;
      this.pageInfo = page.pageInfo;
      this.countTotal = page.countTotal;
    }

    @Field(() => Int, { description: "How many items the whole list holds, across all pages." })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return ConnectionType;
}
