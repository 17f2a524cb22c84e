import {
  ActorDocument,
  type ActorQuery,
  ActorsDocument,
  type ActorsQuery,
  DayOrderDocument,
  EventCountsDocument,
  EventDocument,
  type EventQuery,
  NodeDocument,
  type NodeQuery,
  RangeEventsDocument,
  StatementsDocument,
  type StatementsQuery,
  TimelineDocument,
  type TimelineQuery,
} from "@parley/schema";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { dayOfTalks, thursdayInGeneva as day } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

/** Thursday 5 March 2020, the scenario's day, as a calendar date. */
const thursday = "2020-03-05";

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api.stop());

/** Runs one of the published typed operations, as an integrator would, and insists it succeeds. */
async function run<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const { data, errors } = await api.graphql<Result>(print(document), variables as Record<string, unknown>);
  expect(errors).toBeUndefined();
  if (!data) throw new Error("no data");
  return data;
}

describe("the operations published in @parley/schema", () => {
  it("Timeline returns the day with every statement made at each event", async () => {
    const { events, statements, sources } = api.records;
    const data: TimelineQuery = await run(TimelineDocument, { ...day, first: 100 });
    expect(data.timeline.edges.map((edge) => edge.node.slug)).toEqual(
      [events.holtBeforeTheTalks, events.talks, events.post, events.holtPressConference, events.marekPressConference].map(
        (event) => event.slug,
      ),
    );
    const said = data.timeline.edges.flatMap((edge) => edge.node.statements.edges.map(({ node }) => node));
    const madeThatDay = Object.values(statements).filter((statement) => statement.saidAt.toISOString() === day.from);
    expect(said.map((statement) => statement.slug).sort()).toEqual(madeThatDay.map((statement) => statement.slug).sort());
    expect(said.every((statement) => statement.excerpt.source.slug === sources.report.slug)).toBe(true);
  });

  it("DayOrder returns where each event falls in its local day", async () => {
    const data = await run(DayOrderDocument, { date: thursday });
    expect(data.timeline.edges.map((edge) => edge.node.orderInDay)).toEqual([1, 2, 3, 4, 4]);
  });

  it("EventCounts and RangeEvents give the range view a day's cluster and then its events, page by page", async () => {
    const { events } = api.records;
    const counts = await run(EventCountsDocument, { from: "2020-03-01", to: "2020-04-01", unit: "DAY" });
    expect(counts.eventCounts.find((cluster) => cluster.start === "2020-03-05")?.count).toBe(5);

    const dates = { from: thursday, to: "2020-03-06" };
    const first = await run(RangeEventsDocument, { dates, first: 2 });
    expect(first.timeline.pageInfo.hasNextPage).toBe(true);
    const rest = await run(RangeEventsDocument, { dates, first: 100, after: first.timeline.pageInfo.endCursor });
    expect(rest.timeline.pageInfo.hasNextPage).toBe(false);
    const listed = [...first.timeline.edges, ...rest.timeline.edges].map((edge) => edge.node);
    expect(listed.map((event) => event.slug)).toEqual(
      [events.holtBeforeTheTalks, events.talks, events.post, events.holtPressConference, events.marekPressConference].map(
        (event) => event.slug,
      ),
    );
    expect(listed[1]).toMatchObject({ title: events.talks.title, startsAt: day.from, timePrecision: "DAY", timeZone: "Europe/Zurich" });
  });

  it("Event returns an event and the excerpts that report it", async () => {
    const data: EventQuery = await run(EventDocument, { slug: api.records.events.referendum.slug });
    expect(data.event?.status).toBe("SCHEDULED");
    expect(data.event?.reportedBy.map((excerpt) => excerpt.text)).toEqual([
      "three days before the referendum in Northmark",
      "the vote will go ahead on Sunday",
    ]);
  });

  it("Actor pages through an actor's statements with the cursor it returns", async () => {
    const { holt } = api.records.actors;
    const first: ActorQuery = await run(ActorDocument, { slug: holt.slug, first: 2 });
    const cursor = first.actor?.statements.pageInfo.endCursor;
    expect(first.actor?.statements.pageInfo.hasNextPage).toBe(true);
    const rest: ActorQuery = await run(ActorDocument, { slug: holt.slug, first: 100, after: cursor });
    const slugs = [...(first.actor?.statements.edges ?? []), ...(rest.actor?.statements.edges ?? [])].map((edge) => edge.node.slug);
    const said = Object.values(api.records.statements).filter((statement) => statement.speakerId === holt.id);
    expect(slugs.sort()).toEqual(said.map((statement) => statement.slug).sort());
    expect(first.actor?.statements.totalCount).toBe(said.length);
  });

  it("Actors and Statements search, and Node refetches what they return", async () => {
    const { holt } = api.records.actors;
    const actors: ActorsQuery = await run(ActorsDocument, { search: "Holt" });
    const found = actors.actors.edges[0]?.node;
    expect(found?.slug).toBe(holt.slug);
    const node: NodeQuery = await run(NodeDocument, { id: found!.id });
    expect(node.node).toMatchObject({ __typename: "Actor", slug: holt.slug });

    const statements: StatementsQuery = await run(StatementsDocument, { search: "costs", speaker: holt.slug });
    expect(statements.statements.edges.map((edge) => edge.node.kind)).toEqual(["PARTIAL_QUOTE"]);
  });
});
