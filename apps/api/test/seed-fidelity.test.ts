import { readFile } from "node:fs/promises";
import path from "node:path";
import { dataDir, datasets } from "@parley/db";
import { attributedSpeakers, quotations } from "./support/attribution";
import { startTestServer, type TestServer } from "./support/test-server";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

async function loadStatements() {
  return api.db.prisma.statement.findMany({
    include: { excerpt: { include: { source: true } }, speaker: { include: { names: true } } },
    orderBy: { excerpt: { start: "asc" } },
  });
}

describe("the seed is faithful to its article", () => {
  it("stores the source text exactly as received, with its hash", async () => {
    const [dataset] = datasets;
    const received = await readFile(path.join(dataDir, dataset!.source.file));
    const source = await api.db.prisma.source.findUniqueOrThrow({ where: { slug: dataset!.source.slug } });
    expect(Buffer.from(source.text, "utf8").equals(received)).toBe(true);
    expect(source.contentHash).toBe("78b269260bd0543ed924d3b31d02d377aa9cc5356422a10630d6ec661102567e");
    expect(source.url).toBeNull();
  });

  it("makes every DIRECT_QUOTE character for character its source's text at its excerpt", async () => {
    const quotes = (await loadStatements()).filter((statement) => statement.kind === "DIRECT_QUOTE");
    expect(quotes).toHaveLength(11);
    for (const quote of quotes) {
      const { start, end, source } = quote.excerpt;
      expect({ slug: quote.slug, text: source.text.slice(start, end) }).toEqual({ slug: quote.slug, text: quote.text });
      expect(quote.text).not.toMatch(/^[“”"\s,]|[“”",\s]$/);
    }
  });

  it("gives every other statement an excerpt that holds what it reports", async () => {
    for (const statement of (await loadStatements()).filter((row) => row.kind !== "DIRECT_QUOTE")) {
      const excerptText = statement.excerpt.source.text.slice(statement.excerpt.start, statement.excerpt.end);
      expect({ slug: statement.slug, contains: excerptText.includes(statement.text) }).toEqual({ slug: statement.slug, contains: true });
      // A partial quote quotes some of the speaker's words; a paraphrase quotes none.
      const quotesWords = /“[^”]+”/.test(excerptText);
      expect({ slug: statement.slug, quotesWords }).toEqual({ slug: statement.slug, quotesWords: statement.kind === "PARTIAL_QUOTE" });
    }
  });

  it("attributes every statement to the person the article names as its speaker", async () => {
    const people = (await api.db.prisma.actor.findMany({
      where: { kind: { in: ["PERSON", "SOCIAL_MEDIA_ACCOUNT"] } },
      include: { names: true },
    })).map((actor) => ({ slug: actor.slug, names: [actor.name, ...actor.names.map((name) => name.name)] }));

    for (const statement of await loadStatements()) {
      const { start, end, source } = statement.excerpt;
      const speakers = attributedSpeakers(source.text, { start, end }, people);
      expect({ slug: statement.slug, speakers }).toEqual({ slug: statement.slug, speakers: expect.arrayContaining([statement.speaker.slug]) });
      expect(speakers.length).toBeGreaterThan(0);
    }
  });

  it("reads a quote that names Kerry, followed by 'he said', as Lavrov's words", async () => {
    const people = [
      { slug: "john-kerry", names: ["Mr Kerry", "Secretary Kerry"] },
      { slug: "sergei-lavrov", names: ["Mr Lavrov", "the Russian foreign minister"] },
    ];
    const statement = (await loadStatements()).find((row) => row.slug === "lavrov-kerry-voiced-no-threats-on-sanctions")!;
    const { start, end, source } = statement.excerpt;
    expect(attributedSpeakers(source.text, { start, end }, people)).toEqual(["sergei-lavrov"]);
  });

  it("leaves no quotation in the article unmodelled", async () => {
    const statements = await loadStatements();
    const text = statements[0]!.excerpt.source.text;
    for (const quotation of quotations(text)) {
      const inner = text.slice(quotation.start + 1, quotation.end).replace(/[”,]+$/, "");
      const covered = statements.some(
        (statement) => statement.excerpt.start <= quotation.start + 1 && statement.excerpt.end >= quotation.start + 1 + inner.length,
      );
      expect({ quotation: inner, covered }).toEqual({ quotation: inner, covered: true });
    }
  });

  it("keeps a pull quote repeated in the article as one statement", async () => {
    const statements = await loadStatements();
    const bySpeakerAndText = new Set(statements.map((statement) => `${statement.speakerId} ${statement.text}`));
    expect(bySpeakerAndText.size).toBe(statements.length);
    const pulled = statements.filter((statement) => statement.text.startsWith("It means immeasurably more"));
    expect(pulled).toHaveLength(1);
  });

  it("records the capacity each speaker spoke in, from their own ties", async () => {
    for (const statement of await api.db.prisma.statement.findMany({ include: { capacity: true } })) {
      expect(statement.capacity).not.toBeNull();
      expect([statement.capacity!.actorId, statement.capacity!.relatedActorId]).toContain(statement.speakerId);
    }
  });
});
