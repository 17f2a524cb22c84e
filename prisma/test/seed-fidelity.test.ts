import { createHash } from "node:crypto";
import { type Database, openDatabase } from "../src/database";
import { readShippedDatasets } from "../src/dataset";
import { prepareDatabase } from "../src/prepare";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { attributedSpeakers, type Person, quotations } from "./support/attribution";

let testDatabase: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = await openDatabase(testDatabase.target);
  await prepareDatabase(db, { seedIfEmpty: true });
});
afterAll(async () => {
  await db.close();
  await testDatabase.drop();
});

/** The statements read from one source, in the order its text gives them. */
function statementsOf(sourceSlug: string) {
  return db.prisma.statement.findMany({
    where: { excerpt: { source: { slug: sourceSlug } } },
    include: { excerpt: { include: { source: true } }, speaker: true, capacity: true },
    orderBy: { excerpt: { start: "asc" } },
  });
}

/** Everyone who can speak, under every name the datasets give them. */
async function loadPeople(): Promise<Person[]> {
  const people = await db.prisma.actor.findMany({ where: { kind: { in: ["PERSON", "SOCIAL_MEDIA_ACCOUNT"] } }, include: { names: true } });
  return people.map((actor) => ({ slug: actor.slug, names: [actor.name, ...actor.names.map((name) => name.name)] }));
}

const sourceText = async (sourceSlug: string) => (await db.prisma.source.findUniqueOrThrow({ where: { slug: sourceSlug } })).text;

/** Every source of every shipped dataset, with the dataset's statements that cite it. */
const shippedSources = readShippedDatasets().flatMap(({ name, dataset }) =>
  (dataset.sources ?? []).map((source) => ({
    name: `${name}: ${source.slug}`,
    source,
    statements: (dataset.statements ?? []).filter((statement) => statement.excerpt.source === source.slug),
  })),
);

// Every check runs on every source of every shipped dataset: adding a file to prisma/data/datasets adds its checks.
describe.each(shippedSources.map((shipped) => [shipped.name, shipped] as const))(
  "the seed of %s",
  (_name, { source: given, statements }) => {
    it("stores the source's text exactly as given, with its hash and the metadata the dataset gives", async () => {
      const source = await db.prisma.source.findUniqueOrThrow({ where: { slug: given.slug } });
      expect(source.text).toBe(given.text);
      expect(source.contentHash).toBe(createHash("sha256").update(given.text, "utf8").digest("hex"));
      expect(source).toMatchObject({
        kind: given.kind,
        title: given.title,
        language: given.language,
        publishedOn: new Date(`${given.publishedOn}T00:00:00.000Z`),
        // Never invented: what the dataset does not give stays empty.
        publisher: given.publisher ?? null,
        url: given.url ?? null,
      });
    });

    it("stores every statement the dataset reads from it", async () => {
      const stored = (await statementsOf(given.slug)).map((statement) => statement.slug).sort();
      expect(stored).toEqual(statements.map((statement) => statement.slug).sort());
    });

    it("makes every DIRECT_QUOTE character for character its source's text at its excerpt", async () => {
      for (const quote of (await statementsOf(given.slug)).filter((statement) => statement.kind === "DIRECT_QUOTE")) {
        const { start, end, source } = quote.excerpt;
        expect({ slug: quote.slug, text: source.text.slice(start, end) }).toEqual({ slug: quote.slug, text: quote.text });
        expect(quote.text).not.toMatch(/^[“”"\s,]|[“”",\s]$/);
      }
    });

    it("gives every other statement an excerpt that holds what it reports", async () => {
      for (const statement of (await statementsOf(given.slug)).filter((row) => row.kind !== "DIRECT_QUOTE")) {
        const excerptText = statement.excerpt.source.text.slice(statement.excerpt.start, statement.excerpt.end);
        expect({ slug: statement.slug, contains: excerptText.includes(statement.text) }).toEqual({ slug: statement.slug, contains: true });
        // A partial quote quotes some of the speaker's words; a paraphrase quotes none.
        const quotesWords = /“[^”]+”/.test(excerptText);
        expect({ slug: statement.slug, quotesWords }).toEqual({ slug: statement.slug, quotesWords: statement.kind === "PARTIAL_QUOTE" });
      }
    });

    it("attributes every statement to the person the source names as its speaker", async () => {
      const people = await loadPeople();
      for (const statement of await statementsOf(given.slug)) {
        const { start, end, source } = statement.excerpt;
        const speakers = attributedSpeakers(source.text, { start, end }, people);
        expect({ slug: statement.slug, speakers }).toEqual({
          slug: statement.slug,
          speakers: expect.arrayContaining([statement.speaker.slug]),
        });
        expect(speakers.length).toBeGreaterThan(0);
      }
    });

    it("leaves no quotation in the source unmodelled", async () => {
      const text = await sourceText(given.slug);
      const statements = await statementsOf(given.slug);
      for (const quotation of quotations(text)) {
        const inner = text.slice(quotation.start + 1, quotation.end).replace(/[”,]+$/, "");
        const covered = statements.some(
          (statement) => statement.excerpt.start <= quotation.start + 1 && statement.excerpt.end >= quotation.start + 1 + inner.length,
        );
        expect({ quotation: inner, covered }).toEqual({ quotation: inner, covered: true });
      }
    });

    it("keeps words the source repeats (a pull quote) as one statement", async () => {
      const statements = await statementsOf(given.slug);
      const bySpeakerAndText = new Set(statements.map((statement) => `${statement.speakerId} ${statement.text}`));
      expect(bySpeakerAndText.size).toBe(statements.length);
    });

    it("records the capacity each speaker spoke in, from their own ties", async () => {
      for (const statement of await statementsOf(given.slug)) {
        expect({ slug: statement.slug, capacity: statement.capacity === null ? "none" : "some" }).toEqual({
          slug: statement.slug,
          capacity: "some",
        });
        expect([statement.capacity!.actorId, statement.capacity!.relatedActorId]).toContain(statement.speakerId);
      }
    });
  },
);

describe("the 14 March 2014 article", () => {
  const article = "2014-03-14-kerry-lavrov-london";

  it("is stored byte for byte as first received: excerpts index into it, so it never changes", async () => {
    expect((await db.prisma.source.findUniqueOrThrow({ where: { slug: article } })).contentHash).toBe(
      "78b269260bd0543ed924d3b31d02d377aa9cc5356422a10630d6ec661102567e",
    );
  });

  it("has a quote that names Kerry, followed by 'he said', read as Lavrov's words", async () => {
    const people = [
      { slug: "john-kerry", names: ["Mr Kerry", "Secretary Kerry"] },
      { slug: "sergei-lavrov", names: ["Mr Lavrov", "the Russian foreign minister"] },
    ];
    const statement = (await statementsOf(article)).find((row) => row.slug === "lavrov-kerry-voiced-no-threats-on-sanctions")!;
    const { start, end, source } = statement.excerpt;
    expect(attributedSpeakers(source.text, { start, end }, people)).toEqual(["sergei-lavrov"]);
  });
});
