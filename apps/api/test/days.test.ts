import { dayOfTalks } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

const adjacentDaysQuery = /* GraphQL */ `
  query ($date: Date!) {
    adjacentDays(date: $date) {
      previous
      next
    }
  }
`;

interface AdjacentDaysData {
  adjacentDays: { previous: string | null; next: string | null };
}

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api.stop());

async function adjacentDays(date: string) {
  const { data, errors } = await api.graphql<AdjacentDaysData>(adjacentDaysQuery, { date });
  expect(errors).toBeUndefined();
  return data?.adjacentDays;
}

describe("adjacentDays", () => {
  it("gives the days with events either side of a day, each event's day in its own time zone", async () => {
    // Wednesday's remark starts at 23:00 UTC on Tuesday 3 March: in Geneva, it is Wednesday 4 March.
    await expect(adjacentDays("2020-03-05")).resolves.toEqual({ previous: "2020-03-04", next: "2020-03-06" });
  });

  it("skips days without events, and reads Sunday's referendum on Helsinki's Sunday, not UTC's Saturday", async () => {
    await expect(adjacentDays("2020-03-06")).resolves.toEqual({ previous: "2020-03-05", next: "2020-03-08" });
    await expect(adjacentDays("2020-03-07")).resolves.toEqual({ previous: "2020-03-06", next: "2020-03-08" });
  });

  it("has no previous day before the first events, and no next one after the last", async () => {
    await expect(adjacentDays("2020-03-04")).resolves.toEqual({ previous: null, next: "2020-03-05" });
    await expect(adjacentDays("2020-03-08")).resolves.toEqual({ previous: "2020-03-06", next: null });
    await expect(adjacentDays("1999-01-01")).resolves.toEqual({ previous: null, next: "2020-03-04" });
  });

  it("refuses a date that is not a calendar date", async () => {
    const { errors } = await api.graphql(adjacentDaysQuery, { date: "2020-02-30" });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("eventCounts", () => {
  const countsQuery = /* GraphQL */ `
    query ($from: Date!, $to: Date!, $unit: CalendarUnit!) {
      eventCounts(from: $from, to: $to, unit: $unit) {
        start
        count
      }
    }
  `;
  async function eventCounts(variables: Record<string, unknown>) {
    const { data, errors } = await api.graphql<{ eventCounts: { start: string; count: number }[] }>(countsQuery, variables);
    expect(errors).toBeUndefined();
    return data?.eventCounts;
  }

  it("counts each day's events on its local date, leaving out days without any", async () => {
    await expect(eventCounts({ from: "2020-03-01", to: "2020-04-01", unit: "DAY" })).resolves.toEqual([
      { start: "2020-03-04", count: 1 },
      { start: "2020-03-05", count: 5 },
      { start: "2020-03-06", count: 1 },
      { start: "2020-03-08", count: 1 },
    ]);
  });

  it("counts by month and by year, within the range only", async () => {
    await expect(eventCounts({ from: "2020-01-01", to: "2021-01-01", unit: "MONTH" })).resolves.toEqual([
      { start: "2020-03-01", count: 8 },
    ]);
    await expect(eventCounts({ from: "2020-03-05", to: "2020-03-06", unit: "YEAR" })).resolves.toEqual([{ start: "2020-01-01", count: 5 }]);
  });

  it("refuses a range that ends before it starts", async () => {
    const { errors } = await api.graphql(countsQuery, { from: "2020-03-06", to: "2020-03-05", unit: "DAY" });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
