import type { ApolloClient } from "@apollo/client";
import {
  type DateRangeInput,
  type EventCardFragment,
  type StatementCardFragment,
  StatementsDocument,
  type StatementsQueryVariables,
  TimelineDocument,
} from "@parley/schema";
import { MOST_EXPORTED } from "./view-export";

// An export reads the whole view, page after page (the API serves at most 100 records a page),
// up to MOST_EXPORTED records.

const PAGE_SIZE = 100;

interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

export interface Collected<Node> {
  nodes: Node[];
  /** How many the view holds, exported or not. */
  totalCount: number;
}

async function collectPages<Node>(
  readPage: (after: string | null, first: number) => Promise<Connection<Node>>,
  most: number,
): Promise<Collected<Node>> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<Node> = await readPage(after, Math.min(PAGE_SIZE, most - nodes.length));
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || nodes.length >= most) return { nodes, totalCount: page.totalCount };
    after = page.pageInfo.endCursor ?? null;
  }
}

type StatementFilters = Omit<StatementsQueryVariables, "first" | "after">;

/** The statements that match `filters`, in the API's order. */
export function collectStatements(
  client: ApolloClient,
  filters: StatementFilters,
  most = MOST_EXPORTED,
): Promise<Collected<StatementCardFragment>> {
  return collectPages(
    async (after, first) => (await client.query({ query: StatementsDocument, variables: { ...filters, first, after } })).data.statements,
    most,
  );
}

/** The events whose local date falls in `dates`, in the order they happened. */
export function collectEvents(client: ApolloClient, dates: DateRangeInput, most = MOST_EXPORTED): Promise<Collected<EventCardFragment>> {
  return collectPages(
    async (after, first) => (await client.query({ query: TimelineDocument, variables: { dates, first, after } })).data.timeline,
    most,
  );
}
