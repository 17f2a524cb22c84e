import { Prisma } from "@parley/db";
import { onLocalDays, oneDay } from "../src/services/local-day";
import { edgesOfTheDay, friday, saturday, thursday } from "./scenarios/edges-of-the-day";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

const timelineQuery = /* GraphQL */ `
  query (
    $date: Date
    $dates: DateRangeInput
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
    $last: Int
    $before: String
    $kinds: [EventKind!]
    $statuses: [EventStatus!]
  ) {
    timeline(
      date: $date
      dates: $dates
      from: $from
      to: $to
      first: $first
      after: $after
      last: $last
      before: $before
      kinds: $kinds
      statuses: $statuses
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          slug
        }
      }
    }
  }
`;

interface TimelineData {
  timeline: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { node: { slug: string } }[];
  };
}

let api: ScenarioServer<typeof edgesOfTheDay>;
beforeAll(async () => {
  api = await startTestServerWith(edgesOfTheDay);
});
afterAll(() => api.stop());

const timeline = (variables: Record<string, unknown>) => api.graphql<TimelineData>(timelineQuery, variables);

async function slugsOf(variables: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await timeline(variables);
  expect(errors).toBeUndefined();
  return data?.timeline.edges.map((edge) => edge.node.slug) ?? [];
}

describe("timeline(date:)", () => {
  it("gives a day's events on their own local date, in the order they happened, whatever UTC's date", async () => {
    const { events } = api.records;
    expect(await slugsOf({ date: thursday })).toEqual(
      [events.londonMorning, events.londonNoon, events.londonEvening, events.lateInHonolulu, events.lastOnBakerIsland].map(
        (event) => event.slug,
      ),
    );
    expect(await slugsOf({ date: friday })).toEqual(
      [events.firstAtKiritimati, events.earlyInTonga, events.londonFriday].map((event) => event.slug),
    );
  });

  it("keeps 23:30 in UTC-10 on its Thursday and 00:30 in UTC+13 on its Friday, off the neighbouring days", async () => {
    const { events } = api.records;
    const [thursdays, fridays] = await Promise.all([slugsOf({ date: thursday }), slugsOf({ date: friday })]);
    expect(thursdays).toContain(events.lateInHonolulu.slug);
    expect(fridays).not.toContain(events.lateInHonolulu.slug);
    expect(fridays).toContain(events.earlyInTonga.slug);
    expect(thursdays).not.toContain(events.earlyInTonga.slug);
    // UTC's own days would say the opposite: the old window form still answers by instants.
    expect(await slugsOf({ from: `${friday}T00:00:00.000Z`, to: `${saturday}T00:00:00.000Z` })).toContain(events.lateInHonolulu.slug);
    expect(await slugsOf({ from: `${thursday}T00:00:00.000Z`, to: `${friday}T00:00:00.000Z` })).toContain(events.earlyInTonga.slug);
  });

  it("reaches from a day's first instant anywhere (UTC+14) to its last (UTC-12), and no further", async () => {
    const { events } = api.records;
    expect(await slugsOf({ date: friday })).toContain(events.firstAtKiritimati.slug);
    expect(await slugsOf({ date: thursday })).toContain(events.lastOnBakerIsland.slug);
    expect(await slugsOf({ date: "2021-06-09" })).toEqual([]);
    expect(await slugsOf({ date: saturday })).toEqual([events.londonSaturday.slug]);
  });

  it("pages forwards and backwards, counting the whole day on every page", async () => {
    const all = await slugsOf({ date: thursday });
    const forward: string[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const { data }: { data?: TimelineData | null } = await timeline({ date: thursday, first: 2, after });
      forward.push(...(data?.timeline.edges.map((edge) => edge.node.slug) ?? []));
      expect(data?.timeline.totalCount).toBe(all.length);
      expect(data?.timeline.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data?.timeline.pageInfo.hasNextPage) {
        expect(pages).toBe(3);
        break;
      }
      after = data.timeline.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);

    const lastTwo = (await timeline({ date: thursday, last: 2 })).data?.timeline;
    expect(lastTwo?.edges.map((edge) => edge.node.slug)).toEqual(all.slice(3));
    expect(lastTwo?.totalCount).toBe(all.length);
    expect(await slugsOf({ date: thursday, last: 2, before: lastTwo?.pageInfo.startCursor })).toEqual(all.slice(1, 3));

    const pastTheEnd = (await timeline({ date: thursday, first: 2, after: lastTwo?.pageInfo.endCursor })).data?.timeline;
    expect(pastTheEnd?.edges).toEqual([]);
    expect(pastTheEnd?.totalCount).toBe(all.length);
  });

  it("applies the filters within the day", async () => {
    const { events } = api.records;
    expect(await slugsOf({ date: thursday, kinds: ["PRESS_CONFERENCE"] })).toEqual([events.lateInHonolulu.slug]);
    expect(await slugsOf({ date: friday, kinds: ["PRESS_CONFERENCE"] })).toEqual([events.earlyInTonga.slug]);
    expect(await slugsOf({ date: friday, statuses: ["SCHEDULED"] })).toEqual([events.londonFriday.slug]);
    expect((await timeline({ date: thursday, kinds: ["PRESS_CONFERENCE"] })).data?.timeline.totalCount).toBe(1);
  });

  it("takes explicit nulls for the forms not given", async () => {
    expect(await slugsOf({ date: friday, dates: null, from: null, to: null })).toEqual(await slugsOf({ date: friday }));
  });
});

describe("timeline(dates:)", () => {
  it("gives the events of every local day from `from` up to `to`, in the order they happened", async () => {
    const { events } = api.records;
    const { data } = await timeline({ dates: { from: thursday, to: saturday } });
    expect(data?.timeline.edges.map((edge) => edge.node.slug)).toEqual(
      [
        events.londonMorning,
        events.firstAtKiritimati,
        events.londonNoon,
        events.earlyInTonga,
        events.londonEvening,
        events.londonFriday,
        events.lateInHonolulu,
        events.lastOnBakerIsland,
      ].map((event) => event.slug),
    );
    expect(data?.timeline.totalCount).toBe(8);
    expect(await slugsOf({ dates: { from: friday, to: saturday } })).toEqual(await slugsOf({ date: friday }));
  });
});

describe("timeline(from:, to:)", () => {
  it("answers a request written against the contract's non-null window as before, by instants", async () => {
    const { events } = api.records;
    const { data, errors } = await api.graphql<TimelineData>(
      `query ($from: DateTime!, $to: DateTime!) { timeline(from: $from, to: $to) { totalCount edges { node { slug } } } }`,
      { from: `${thursday}T00:00:00.000Z`, to: `${friday}T00:00:00.000Z` },
    );
    expect(errors).toBeUndefined();
    expect(data?.timeline.edges.map((edge) => edge.node.slug)).toEqual(
      [events.londonMorning, events.firstAtKiritimati, events.londonNoon, events.earlyInTonga, events.londonEvening].map(
        (event) => event.slug,
      ),
    );
    expect(data?.timeline.totalCount).toBe(5);
  });
});

describe("timeline's refusals", () => {
  const instant = (date: string) => `${date}T00:00:00.000Z`;
  it.each<[string, Record<string, unknown>, string, string | null]>([
    ["no days and no window", {}, "date", null],
    ["`date` with a window", { date: thursday, from: instant(thursday), to: instant(friday) }, "from", null],
    ["`date` with `to` alone", { date: thursday, to: instant(friday) }, "to", null],
    ["`date` with `dates`", { date: thursday, dates: { from: thursday, to: friday } }, "dates", null],
    ["`dates` with a window", { dates: { from: thursday, to: friday }, from: instant(thursday), to: instant(friday) }, "from", null],
    ["`from` without `to`", { from: instant(thursday) }, "to", null],
    ["`to` without `from`", { to: instant(friday) }, "from", null],
    ["`dates` that end before they start", { dates: { from: friday, to: thursday } }, "dates", "to"],
    ["`dates` that hold no day", { dates: { from: friday, to: friday } }, "dates", "to"],
    ["a window that ends before it starts", { from: instant(friday), to: instant(thursday) }, "to", null],
  ])("refuses %s as BAD_USER_INPUT, naming the argument", async (_, variables, argument, field) => {
    const { status, data, errors } = await timeline(variables);
    expect(status).toBe(200);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument, ...(field ? { field } : {}) });
    expect(errors?.[0]?.message).toContain(`\`${argument}`);
  });

  it("refuses a date that is not a calendar date", async () => {
    const { errors } = await timeline({ date: "2021-02-30" });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the local-day condition", () => {
  it("reads the starts_at index over a window, not the whole table", async () => {
    const explain = Prisma.sql`EXPLAIN SELECT e.slug FROM event e WHERE ${onLocalDays(oneDay(new Date(thursday)))}`;
    // Told to avoid sequential scans, the planner still takes one when a condition cannot use an index.
    const [, plan] = await api.db.prisma.$transaction([
      api.db.prisma.$executeRaw`SET LOCAL enable_seqscan = off`,
      api.db.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(explain),
    ]);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/Seq Scan/);
    expect(text).toMatch(/Index Cond: \(\(starts_at >= .*\) AND \(starts_at < .*\)\)/);
  });
});
