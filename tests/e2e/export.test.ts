import { exportLinks } from "../support/downloads";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const dayEvents = [
  "hague-on-the-london-talks",
  "kerry-lavrov-talks-london",
  "mfa-russia-break-is-over-post",
  "kerry-press-conference-london",
  "lavrov-press-conference-london",
];

async function download(format: string, date = "2014-03-14") {
  const response = await fetch(`${stack.web.url}/days/${date}/export?format=${format}`);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    body: await response.text(),
  };
}

/** A day's export as bytes: the text decoders of fetch drop a byte-order mark. */
async function fileOf(format: string, date = "2014-03-14") {
  const response = await fetch(`${stack.web.url}/days/${date}/export?format=${format}`);
  return {
    type: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** Splits RFC 4180 CSV (every field quoted, as the export writes it) into rows of fields. */
function parseCsv(csv: string): string[][] {
  return csv
    .trimEnd()
    .split("\r\n")
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((match) => (match[1] ?? match[2] ?? "").replaceAll('""', '"')));
}

/** The statements the API holds for the day, counted by event. */
async function statementCounts(): Promise<Map<string, number>> {
  const response = await fetch(`${stack.api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `{ timeline(from: "2014-03-14T00:00:00Z", to: "2014-03-15T00:00:00Z", first: 100) { edges { node { slug statements { totalCount } } } } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: { timeline: { edges: { node: { slug: string; statements: { totalCount: number } } }[] } };
  };
  return new Map(data.timeline.edges.map(({ node }) => [node.slug, node.statements.totalCount]));
}

describe("exporting a day", () => {
  it("writes TimelineJS3 JSON: the day's events, dated only to the day the sources give", async () => {
    const { status, type, disposition, body } = await download("timelinejs");
    expect({ status, type, disposition }).toEqual({
      status: 200,
      type: "application/json",
      disposition: 'attachment; filename="parley-2014-03-14.json"',
    });
    const timeline = JSON.parse(body) as { events: { unique_id: string; start_date: Record<string, unknown> }[] };
    expect(timeline.events.map((event) => event.unique_id)).toEqual(dayEvents);
    expect(timeline.events[0]?.start_date).toEqual({
      year: 2014,
      month: 3,
      day: 14,
      display_date: "Friday 14 March 2014 (time not reported)",
    });
  });

  it("writes CSV: one row per statement, with its event", async () => {
    const { status, type, body } = await download("csv");
    expect({ status, type }).toEqual({ status: 200, type: "text/csv; charset=utf-8" });
    const [header, ...rows] = parseCsv(body);
    expect(header?.slice(0, 2)).toEqual(["event_slug", "event_title"]);
    const counts = await statementCounts();
    const expectedRows = [...counts.values()].reduce((sum, count) => sum + Math.max(count, 1), 0);
    expect(rows).toHaveLength(expectedRows);
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    const quote = rows.find((row) => row[9] === "lavrov-kerry-voiced-no-threats-on-sanctions");
    expect(quote?.[12]).toBe("Secretary Kerry did not voice any threats against Russia as to the sanctions");
  });

  it("writes CSV for Excel: the CSV's very bytes after a UTF-8 byte-order mark, which Excel needs to read them as UTF-8", async () => {
    const plain = await fileOf("csv");
    const forExcel = await fileOf("csv-excel");
    expect({ type: forExcel.type, disposition: forExcel.disposition }).toEqual({
      type: "text/csv; charset=utf-8",
      disposition: 'attachment; filename="parley-2014-03-14.excel.csv"',
    });
    expect([...plain.bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...forExcel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(forExcel.bytes.subarray(3).equals(plain.bytes)).toBe(true);
    // The article's curly quotes, which Excel garbles ("â€œ") in a file without the mark.
    expect(plain.bytes.toString("utf8")).toMatch(/[“”]/);
  });

  it("leads a link without a format to the day's downloads, each format's link on its page", async () => {
    for (const address of ["/days/2014-03-14/export", "/days/2014-03-14/export?format="]) {
      const response = await fetch(`${stack.web.url}${address}`, { redirect: "manual" });
      expect({ status: response.status, location: response.headers.get("location") }).toEqual({
        status: 303,
        location: "/days/2014-03-14#downloads",
      });
    }
    const page = await (await fetch(`${stack.web.url}/days/2014-03-14/export`)).text();
    expect(page).toMatch(/<p class="view-exports" id="downloads">/);
    expect([...exportLinks(page).keys()]).toEqual(["timelinejs", "csv", "csv-excel", "ics", "jsonld"]);
  });

  it("writes iCalendar: all-day events on 14 March, folded and escaped as RFC 5545 asks", async () => {
    const { status, type, body } = await download("ics");
    expect({ status, type }).toEqual({ status: 200, type: "text/calendar; charset=utf-8" });
    expect(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(dayEvents.length);
    expect(body.match(/DTSTART;VALUE=DATE:20140314\r\nDTEND;VALUE=DATE:20140315/g)).toHaveLength(dayEvents.length);
    expect(body.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(body).toContain(`URL:${stack.web.url}/events/kerry-lavrov-talks-london`);
  });

  it("refuses an unknown format (400) and a date that is not one (404)", async () => {
    await expect(download("pdf")).resolves.toMatchObject({ status: 400 });
    await expect(download("csv", "2014-02-30")).resolves.toMatchObject({ status: 404 });
  });

  it("embeds the day as schema.org JSON-LD in its page", async () => {
    const html = await (await fetch(stack.web.url)).text();
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const data = JSON.parse(script ?? "{}") as {
      "@type": string;
      itemListElement: { item: { "@type": string; name: string; startDate: string } }[];
    };
    expect(data["@type"]).toBe("ItemList");
    expect(data.itemListElement.map(({ item }) => item["@type"])).toEqual(dayEvents.map(() => "Event"));
    expect(data.itemListElement[1]?.item).toMatchObject({ name: "Kerry and Lavrov hold talks in London", startDate: "2014-03-14" });
  });

  it.each([
    ["/events/lavrov-press-conference-london", "Event"],
    ["/actors/sergei-lavrov", "Person"],
    ["/sources/2014-03-14-kerry-lavrov-london", "CreativeWork"],
  ])("embeds JSON-LD in %s too", async (pagePath, type) => {
    const html = await (await fetch(`${stack.web.url}${pagePath}`)).text();
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect((JSON.parse(script ?? "{}") as { "@type": string })["@type"]).toBe(type);
  });
});
