import {
  ActorDocument,
  type ActorQuery,
  ActorsDocument,
  type ActorsQuery,
  DayOrderDocument,
  EventDocument,
  type EventQuery,
  NodeDocument,
  type NodeQuery,
  StatementsDocument,
  type StatementsQuery,
  TimelineDocument,
  type TimelineQuery,
} from "@parley/schema";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { startTestServer, type TestServer } from "./support/test-server";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

/** Runs one of the published typed operations, as an integrator would, and insists it succeeds. */
async function run<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const { data, errors } = await api.graphql<Result>(print(document), variables as Record<string, unknown>);
  expect(errors).toBeUndefined();
  if (!data) throw new Error("no data");
  return data;
}

const day = { from: "2014-03-14T00:00:00.000Z", to: "2014-03-15T00:00:00.000Z" };

describe("the operations published in @parley/schema", () => {
  it("Timeline returns the day with every statement made at each event", async () => {
    const data: TimelineQuery = await run(TimelineDocument, { ...day, first: 100 });
    expect(data.timeline.totalCount).toBe(5);
    const statements = data.timeline.edges.flatMap((edge) => edge.node.statements.edges);
    expect(statements).toHaveLength(22);
    expect(statements.every(({ node }) => node.excerpt.source.slug === "2014-03-14-kerry-lavrov-london")).toBe(true);
  });

  it("DayOrder returns where each event falls in its day", async () => {
    const data = await run(DayOrderDocument, day);
    expect(data.timeline.edges.map((edge) => edge.node.orderInDay)).toEqual([1, 2, 3, 4, 4]);
  });

  it("Event returns an event and the excerpts that report it", async () => {
    const data: EventQuery = await run(EventDocument, { slug: "crimean-referendum-2014" });
    expect(data.event?.status).toBe("SCHEDULED");
    expect(data.event?.reportedBy.map((excerpt) => excerpt.text)).toEqual([
      "the Crimean referendum, set to take place on Sunday",
      "Holding that this Sunday",
    ]);
  });

  it("Actor pages through an actor's statements with the cursor it returns", async () => {
    const first: ActorQuery = await run(ActorDocument, { slug: "john-kerry", first: 4 });
    const cursor = first.actor?.statements.pageInfo.endCursor;
    expect(first.actor?.statements.pageInfo.hasNextPage).toBe(true);
    const rest: ActorQuery = await run(ActorDocument, { slug: "john-kerry", first: 100, after: cursor });
    const slugs = [...(first.actor?.statements.edges ?? []), ...(rest.actor?.statements.edges ?? [])].map((edge) => edge.node.slug);
    expect(new Set(slugs).size).toBe(first.actor?.statements.totalCount);
    expect(slugs).toHaveLength(6);
  });

  it("Actors and Statements search, and Node refetches what they return", async () => {
    const actors: ActorsQuery = await run(ActorsDocument, { search: "Hague" });
    const hague = actors.actors.edges[0]?.node;
    expect(hague?.slug).toBe("william-hague");
    const node: NodeQuery = await run(NodeDocument, { id: hague!.id });
    expect(node.node).toMatchObject({ __typename: "Actor", slug: "william-hague" });

    const statements: StatementsQuery = await run(StatementsDocument, { search: "formidably", speaker: "william-hague" });
    expect(statements.statements.edges.map((edge) => edge.node.kind)).toEqual(["PARTIAL_QUOTE"]);
  });
});
