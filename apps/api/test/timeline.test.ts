import { dayOfTalks, thursdayInGeneva as day } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

const timelineQuery = /* GraphQL */ `
  query (
    $from: DateTime!
    $to: DateTime!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $kinds: [EventKind!]
    $statuses: [EventStatus!]
    $participant: String
    $topic: String
  ) {
    timeline(
      from: $from
      to: $to
      first: $first
      after: $after
      last: $last
      before: $before
      kinds: $kinds
      statuses: $statuses
      participant: $participant
      topic: $topic
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          slug
          kind
          startsAt
          timePrecision
          timeZone
          orderInDay
          status
          place {
            name
          }
        }
      }
    }
  }
`;

interface TimelineData {
  timeline: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        slug: string;
        kind: string;
        startsAt: string;
        timePrecision: string;
        timeZone: string;
        orderInDay: number;
        status: string;
        place: { name: string } | null;
      };
    }[];
  };
}

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api.stop());

const timeline = (variables: Record<string, unknown>) => api.graphql<TimelineData>(timelineQuery, { ...day, ...variables });
const slugsOf = (data: TimelineData | null | undefined) => data?.timeline.edges.map((edge) => edge.node.slug);

describe("timeline", () => {
  it("returns the day's events in the order they happened", async () => {
    const { events } = api.records;
    const { data, errors } = await timeline({});
    expect(errors).toBeUndefined();
    expect(slugsOf(data)).toEqual([
      events.holtBeforeTheTalks.slug,
      events.talks.slug,
      events.post.slug,
      // The report does not say which press conference came first: they share a place in the day.
      events.holtPressConference.slug,
      events.marekPressConference.slug,
    ]);
    expect(data?.timeline.edges.map((edge) => edge.node.orderInDay)).toEqual([1, 2, 3, 4, 4]);
    expect(data?.timeline.totalCount).toBe(5);
  });

  it("holds the events from the first instant of the window, and none from its end", async () => {
    const { events } = api.records;
    const slugs = slugsOf((await timeline({})).data);
    // Thursday's events start at midnight in Geneva: the window's first instant.
    expect(slugs).toContain(events.talks.slug);
    // Wednesday's remark ends before the window; Friday's briefing starts at its end.
    expect(slugs).not.toContain(events.holtTheDayBefore.slug);
    expect(slugs).not.toContain(events.weberBriefing.slug);
  });

  it("records the day alone, in the place's time zone, when the source gives no clock time", async () => {
    const { data } = await timeline({});
    for (const { node } of data?.timeline.edges ?? []) {
      expect(node).toMatchObject({ startsAt: "2020-03-04T23:00:00.000Z", timePrecision: "DAY", timeZone: "Europe/Zurich" });
    }
    expect(data?.timeline.edges[1]?.node.place).toEqual({ name: "Geneva" });
    expect(data?.timeline.edges[2]?.node.place).toBeNull();
  });

  it("keeps Sunday's referendum out of Thursday and shows it, scheduled, in the days after", async () => {
    const { events } = api.records;
    const { data } = await timeline({ from: day.to, to: "2020-03-12T00:00:00.000Z", statuses: ["SCHEDULED"] });
    expect(data?.timeline.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ slug: events.weberBriefing.slug, status: "SCHEDULED" }),
      expect.objectContaining({
        slug: events.referendum.slug,
        kind: "REFERENDUM",
        status: "SCHEDULED",
        // Midnight of Sunday 8 March in Northmark, which keeps UTC+2.
        startsAt: "2020-03-07T22:00:00.000Z",
        timeZone: "Europe/Helsinki",
      }),
    ]);
  });

  it("filters by kind, status, participant and topic", async () => {
    const { events, actors, topics } = api.records;
    expect(slugsOf((await timeline({ kinds: ["PRESS_CONFERENCE"] })).data)).toEqual([
      events.holtPressConference.slug,
      events.marekPressConference.slug,
    ]);
    expect(slugsOf((await timeline({ statuses: ["SCHEDULED"] })).data)).toEqual([]);
    expect(slugsOf((await timeline({ participant: actors.marek.slug })).data)).toEqual([
      events.talks.slug,
      events.marekPressConference.slug,
    ]);
    expect(slugsOf((await timeline({ topic: topics.costs.slug })).data)).toEqual([events.holtPressConference.slug]);
    expect((await timeline({ topic: topics.costs.slug })).data?.timeline.totalCount).toBe(1);
  });

  it("pages forwards and backwards with opaque cursors, each event once", async () => {
    const all = slugsOf((await timeline({})).data);
    const forward: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data }: { data?: TimelineData | null } = await timeline({ first: 2, after });
      forward.push(...(slugsOf(data) ?? []));
      pages++;
      expect(data?.timeline.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(data?.timeline.totalCount).toBe(all?.length);
      if (!data?.timeline.pageInfo.hasNextPage) break;
      after = data.timeline.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);
    expect(pages).toBe(3);

    const lastTwo = (await timeline({ last: 2 })).data;
    expect(slugsOf(lastTwo)).toEqual(all?.slice(3));
    expect(lastTwo?.timeline.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = lastTwo?.timeline.pageInfo.startCursor;
    expect(slugsOf((await timeline({ last: 2, before })).data)).toEqual(all?.slice(1, 3));
  });

  it("counts the whole list with every page, the empty page past its end too", async () => {
    const all = (await timeline({})).data;
    const last = all?.timeline.pageInfo.endCursor;
    const { data, errors } = await timeline({ first: 2, after: last });
    expect(errors).toBeUndefined();
    expect(data?.timeline.edges).toEqual([]);
    expect(data?.timeline.totalCount).toBe(all?.timeline.edges.length);
  });

  it("gives each event's participants and topics read with the page as the event's own fields give them", async () => {
    const shown = "slug participants { role actor { slug name } } topics { slug name }";
    const page = await api.graphql<{ timeline: { edges: { node: { slug: string } }[] } }>(
      `query ($from: DateTime!, $to: DateTime!) { timeline(from: $from, to: $to) { edges { node { ${shown} } } } }`,
      day,
    );
    expect(page.errors).toBeUndefined();
    const events = page.data?.timeline.edges.map((edge) => edge.node) ?? [];
    expect(events.some((event) => JSON.stringify(event).includes('"topics":[{'))).toBe(true);
    for (const event of events) {
      const alone = await api.graphql<{ event: unknown }>(`query ($slug: String!) { event(slug: $slug) { ${shown} } }`, {
        slug: event.slug,
      });
      expect(alone.data?.event).toEqual(event);
    }
  });

  it("rejects a window that ends before it starts", async () => {
    const { data, errors } = await timeline({ from: day.to, to: day.from });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
