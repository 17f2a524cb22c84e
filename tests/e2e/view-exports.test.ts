import { freePort } from "@parley/api/testing";
import { crowdedSummit } from "../scenarios/crowded-summit";
import { calendarUids, csvRecords, download, embeddedJsonLd, exportLinks } from "../support/downloads";
import { startStackWith } from "../support/stack";
import { startWebProcess } from "../support/web-process";

const startSummit = () => startStackWith(crowdedSummit);
let stack: Awaited<ReturnType<typeof startSummit>>;
beforeAll(async () => {
  stack = await startSummit();
});
afterAll(() => stack?.stop());

const slugsOf = (records: Record<string, { slug: string }>) => Object.values(records).map((record) => record.slug);

/** Each view of the summit, the address of its page, and the slugs of the records it holds, in its order. */
function views() {
  const { statements, events, actors } = stack.records;
  return [
    // Every statement matches, far more than a page of results (or of the API) holds.
    { name: "search", page: "/search?q=quorum&topic=summit-quorum", kind: "statements", slugs: slugsOf(statements) },
    {
      name: "actor",
      page: `/actors/${actors.quill.slug}`,
      kind: "statements",
      slugs: [statements.quillOpening.slug, statements.quillClosing.slug],
    },
    { name: "event", page: `/events/${events.closing.slug}`, kind: "events", slugs: [events.closing.slug] },
    {
      name: "compare",
      page: `/compare?actors=${actors.quill.slug},${actors.firstDelegate.slug}&topic=summit-quorum`,
      kind: "statements",
      slugs: [statements.quillOpening.slug, statements.quillClosing.slug, statements.firstDelegateHolds.slug],
    },
    { name: "range", page: "/range?from=2019-05-01&to=2019-06-01", kind: "events", slugs: [events.opening.slug, events.closing.slug] },
  ] as const;
}

const unordered = (slugs: readonly string[]) => [...slugs].sort();

describe.each(["search", "actor", "event", "compare", "range"] as const)("exporting the %s view", (name) => {
  const view = () => views().find((candidate) => candidate.name === name)!;

  /** The page's own link to `format`: server-rendered, carrying the view's filters. */
  async function linkTo(format: string): Promise<string> {
    const html = await (await fetch(`${stack.web.url}${view().page}`)).text();
    const href = exportLinks(html).get(format);
    expect(href).toBeDefined();
    return `${stack.web.url}${href}`;
  }

  it("links each format from the page and writes CSV with one row per record", async () => {
    const { status, type, body } = await download(await linkTo("csv"));
    expect({ status, type }).toEqual({ status: 200, type: "text/csv; charset=utf-8" });
    const rows = csvRecords(body);
    if (view().kind === "events") {
      // An event view's rows are its events' statements (an event with none has one row), in the order the events happened.
      expect([...new Set(rows.map((row) => row.event_slug))]).toEqual(view().slugs);
    } else {
      expect(unordered(rows.map((row) => row.statement_slug ?? ""))).toEqual(unordered(view().slugs));
    }
  });

  it("writes iCalendar with one VEVENT per record", async () => {
    const { status, type, body } = await download(await linkTo("ics"));
    expect({ status, type }).toEqual({ status: 200, type: "text/calendar; charset=utf-8" });
    const host = new URL(stack.web.url).host;
    expect(unordered(calendarUids(body))).toEqual(unordered(view().slugs.map((slug) => `${slug}@${host}`)));
  });

  it("writes TimelineJS3 JSON with one slide per record", async () => {
    const { status, body } = await download(await linkTo("timelinejs"));
    expect(status).toBe(200);
    const timeline = JSON.parse(body) as {
      title: { text: { headline: string } };
      events: { unique_id: string; start_date: { year: number } }[];
    };
    expect(unordered(timeline.events.map((slide) => slide.unique_id))).toEqual(unordered(view().slugs));
    expect(timeline.events.every((slide) => slide.start_date.year === 2019)).toBe(true);
  });

  it("writes schema.org JSON-LD: an ItemList of Events or of statements that cite their source", async () => {
    const { status, type, body } = await download(await linkTo("jsonld"));
    expect({ status, type }).toEqual({ status: 200, type: "application/ld+json" });
    const list = JSON.parse(body) as {
      "@type": string;
      itemListElement: { item: { "@type": string; "@id": string; citation?: { "@type": string } } }[];
    };
    expect(list["@type"]).toBe("ItemList");
    const items = list.itemListElement.map(({ item }) => item);
    expect(unordered(items.map((item) => item["@id"].split(/[#/]/).at(-1) ?? ""))).toEqual(unordered(view().slugs));
    const types = view().kind === "events" ? ["Event"] : ["Quotation", "CreativeWork"];
    expect(items.every((item) => types.includes(item["@type"]))).toBe(true);
    if (view().kind === "statements") expect(items.every((item) => item.citation?.["@type"] === "CreativeWork")).toBe(true);
  });

  it("links CSV for Excel too: the CSV after a UTF-8 byte-order mark", async () => {
    // The bytes: the text decoders of fetch drop a byte-order mark.
    const bytesOf = async (format: string) => Buffer.from(await (await fetch(await linkTo(format))).arrayBuffer());
    const plain = await bytesOf("csv");
    expect((await bytesOf("csv-excel")).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]))).toBe(true);
  });

  it("leads its export address without a format to the view's downloads, with the view's filters", async () => {
    const withoutFormat = new URL(await linkTo("csv"));
    withoutFormat.searchParams.delete("format");
    const response = await fetch(withoutFormat, { redirect: "manual" });
    expect(response.status).toBe(303);
    const target = new URL(response.headers.get("location")!, stack.web.url);
    expect(target.hash).toBe("#downloads");
    const html = await (await fetch(target)).text();
    expect(new URL(`${stack.web.url}${exportLinks(html).get("csv")}`).href).toBe(new URL(await linkTo("csv")).href);
  });

  it("refuses a format it does not write, saying which it does", async () => {
    const { status, body } = await download((await linkTo("csv")).replace("format=csv", "format=pdf"));
    expect(status).toBe(400);
    expect(body).toMatch(/Unknown format “pdf”: ask for timelinejs, csv, csv-excel, ics, jsonld/);
  });
});

describe("exports of views whose address names actors and topics as typed", () => {
  it.each([
    ["a search", "/search/export?actor=Mr+Quill&topic=quorum&format=csv"],
    ["a comparison", "/compare/export?actors=Mr+Quill&actors=Summit+delegate+001&topic=The+summit%27s+quorum&format=csv"],
  ])("settles the names in %s as its page does", async (_what, address) => {
    const { statements } = stack.records;
    const expected = address.startsWith("/search")
      ? [statements.quillOpening, statements.quillClosing]
      : [statements.quillOpening, statements.quillClosing, statements.firstDelegateHolds];
    const { status, body } = await download(`${stack.web.url}${address}`);
    expect(status).toBe(200);
    expect(unordered(csvRecords(body).map((row) => row.statement_slug ?? ""))).toEqual(
      unordered(expected.map((statement) => statement.slug)),
    );
  });
});

describe("exports that cannot be made", () => {
  it.each([
    ["an unknown actor", "/actors/nobody-at-all/export?format=csv", 404, /No actor is recorded as “nobody-at-all”/],
    ["an unknown event", "/events/no-such-summit/export?format=csv", 404, /No event is recorded as “no-such-summit”/],
    [
      "a comparison with an unknown actor",
      "/compare/export?actors=zygmunt-quill,nobody-at-all&format=csv",
      404,
      /^Not each of “zygmunt-quill”, “nobody-at-all” fits one recorded actor\.$/m,
    ],
    ["a comparison of one actor", "/compare/export?actors=zygmunt-quill&format=csv", 400, /two or more actors/],
    ["a search for nothing", "/search/export?format=csv", 400, /Nothing to export/],
    [
      "a search by a speaker no one is",
      "/search/export?actor=nobody+at+all&format=csv",
      404,
      /\(“nobody at all”\) fits no one recorded actor or topic/,
    ],
    [
      "a comparison with several actors of a name",
      "/compare/export?actors=zygmunt-quill,summit+delegate&format=csv",
      404,
      /fits one recorded actor/,
    ],
  ])("answers %s with a plain explanation", async (_what, address, status, message) => {
    const answer = await download(`${stack.web.url}${address}`);
    expect(answer.status).toBe(status);
    expect(answer.type).toBe("text/plain; charset=utf-8");
    expect(answer.body).toMatch(message);
  });

  it("answers 503 while the API cannot be reached", async () => {
    const orphan = await startWebProcess({ url: `http://127.0.0.1:${await freePort()}/graphql` });
    try {
      for (const address of [
        "/search/export?q=quorum&format=csv",
        "/actors/zygmunt-quill/export?format=ics",
        "/range/export?format=jsonld",
      ]) {
        await expect(download(`${orphan.url}${address}`)).resolves.toMatchObject({
          status: 503,
          body: "The Parley API could not be reached.\n",
        });
      }
      // And the pages the links are on, whose typed names the API settles.
      for (const address of ["/search?q=quorum", "/search?actor=Mr+Quill", "/compare?actors=zygmunt-quill,summit-delegate-001"]) {
        await expect(download(`${orphan.url}${address}`)).resolves.toMatchObject({ status: 503 });
      }
    } finally {
      await orphan.stop();
    }
  });

  it("says beside the links of an open-ended view how much an export carries at most", async () => {
    const html = await (await fetch(`${stack.web.url}/search?q=quorum`)).text();
    expect(html).toMatch(/Download every statement found: .*\(at most the first 1,000\)/s);
  });
});

describe("structured data in the pages", () => {
  it.each([
    ["/search?q=quorum&topic=summit-quorum", "ItemList"],
    ["/compare?actors=zygmunt-quill,summit-delegate-001&topic=summit-quorum", "ItemList"],
    ["/range?from=2019-05-01&to=2019-06-01", "CollectionPage"],
    ["/events/vienna-summit-opening", "Event"],
    ["/actors/zygmunt-quill", "Person"],
    ["/search", "WebSite"],
  ])("embeds JSON-LD in %s", async (address, type) => {
    const types = embeddedJsonLd(await (await fetch(`${stack.web.url}${address}`)).text()).map((data) => data["@type"]);
    expect(types).toContain(type);
  });

  it("describes a search's statements as quotations or reported speech, each citing its source", async () => {
    const html = await (await fetch(`${stack.web.url}/search?q=quorum+held&topic=summit-quorum`)).text();
    const list = embeddedJsonLd(html).find((data) => data["@type"] === "ItemList");
    const items = (list?.itemListElement as { item: Record<string, unknown> }[]).map(({ item }) => item);
    expect(items).toEqual([
      expect.objectContaining({
        "@type": "CreativeWork",
        genre: "Reported speech",
        text: stack.records.statements.quillClosing.text,
        mentions: expect.objectContaining({ "@type": "Person", name: "Zygmunt Quill" }),
        citation: expect.objectContaining({ "@type": "CreativeWork", name: stack.records.sources.communique.title }),
      }),
    ]);
  });
});
