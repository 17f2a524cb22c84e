import { startTestServer, type TestServer } from "./support/test-server";

const day = { from: "2014-03-14T00:00:00.000Z", to: "2014-03-15T00:00:00.000Z" };

const timelineQuery = /* GraphQL */ `
  query ($from: DateTime!, $to: DateTime!, $first: Int, $after: String, $last: Int, $before: String,
         $kinds: [EventKind!], $statuses: [EventStatus!], $participant: String, $topic: String) {
    timeline(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before,
             kinds: $kinds, statuses: $statuses, participant: $participant, topic: $topic) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { slug kind startsAt timePrecision timeZone orderInDay status place { name } } }
    }
  }
`;

interface TimelineData {
  timeline: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: {
      cursor: string;
      node: { slug: string; kind: string; startsAt: string; timePrecision: string; timeZone: string; orderInDay: number; status: string; place: { name: string } | null };
    }[];
  };
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

const timeline = (variables: Record<string, unknown>) => api.graphql<TimelineData>(timelineQuery, { ...day, ...variables });
const slugsOf = (data: TimelineData | null | undefined) => data?.timeline.edges.map((edge) => edge.node.slug);

describe("timeline", () => {
  it("returns the day's events in the order they happened", async () => {
    const { data, errors } = await timeline({});
    expect(errors).toBeUndefined();
    expect(slugsOf(data)).toEqual([
      "hague-on-the-london-talks",
      "kerry-lavrov-talks-london",
      "mfa-russia-break-is-over-post",
      // The article does not say which press conference came first: they share a place in the day.
      "kerry-press-conference-london",
      "lavrov-press-conference-london",
    ]);
    expect(data?.timeline.edges.map((edge) => edge.node.orderInDay)).toEqual([1, 2, 3, 4, 4]);
    expect(data?.timeline.totalCount).toBe(5);
  });

  it("records the day alone when the source gives no clock time", async () => {
    const { data } = await timeline({});
    for (const { node } of data?.timeline.edges ?? []) {
      expect(node).toMatchObject({ startsAt: "2014-03-14T00:00:00.000Z", timePrecision: "DAY", timeZone: "Europe/London" });
    }
    expect(data?.timeline.edges[1]?.node.place).toEqual({ name: "London" });
  });

  it("keeps the Sunday referendum out of Friday and shows it, scheduled, in the days after", async () => {
    const { data } = await timeline({ from: day.to, to: "2014-03-22T00:00:00.000Z", statuses: ["SCHEDULED"] });
    expect(data?.timeline.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        slug: "crimean-referendum-2014",
        kind: "REFERENDUM",
        status: "SCHEDULED",
        // Midnight of Sunday 16 March in Crimea, which was at UTC+2.
        startsAt: "2014-03-15T22:00:00.000Z",
        timeZone: "Europe/Simferopol",
      }),
    ]);
  });

  it("filters by kind, participant and topic", async () => {
    expect(slugsOf((await timeline({ kinds: ["PRESS_CONFERENCE"] })).data)).toEqual([
      "kerry-press-conference-london",
      "lavrov-press-conference-london",
    ]);
    expect(slugsOf((await timeline({ participant: "sergei-lavrov" })).data)).toEqual([
      "kerry-lavrov-talks-london",
      "lavrov-press-conference-london",
    ]);
    expect(slugsOf((await timeline({ topic: "international-law-precedents" })).data)).toEqual(["lavrov-press-conference-london"]);
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

  it("rejects a window that ends before it starts", async () => {
    const { data, errors } = await timeline({ from: day.to, to: day.from });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
