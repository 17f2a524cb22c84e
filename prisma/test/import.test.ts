import { readFileSync } from "node:fs";
import path from "node:path";
import type { DatasetFile } from "@parley/schema";
import { type Database, openDatabase } from "../src/database";
import { DatasetRejectedError, exportDataset, formatDataset, importDataset, readShippedDatasets, shippedDatasetsDir } from "../src/dataset";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { dataTables, snapshot } from "./support/snapshot";

// A short article and a post written for these tests (their sources say so), with every kind of record.
const fixture = readFileSync(path.join(__dirname, "fixtures", "invented-port-lira-talks.json"), "utf8");
const dataset = () => JSON.parse(fixture) as DatasetFile;
const article = "2031-05-06-port-lira-talks-invented";

let testDatabase: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDatabase = await createTestDatabase({ start: "migrated" });
  db = await openDatabase(testDatabase.target);
});
afterAll(async () => {
  await db.close();
  await testDatabase.drop();
});

/** The issues a refused import reports, as `path: message` lines. */
async function refusal(data: unknown): Promise<string[]> {
  const error: unknown = await importDataset(db.prisma, data).then(
    () => new Error("the import was accepted"),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DatasetRejectedError)) throw error;
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const rowCounts = async () => Object.fromEntries(Object.entries(await snapshot(db.prisma)).map(([table, rows]) => [table, rows.length]));

describe("importing a dataset file", () => {
  it("refuses a direct quote that is not its source's words, and writes nothing", async () => {
    const wrong = dataset();
    const quote = wrong.statements!.find((statement) => statement.slug === "reyes-not-another-winter")!;
    quote.text = "We will not wait another summer.";
    expect(await refusal(wrong)).toEqual([
      'statements[4].text: a DIRECT_QUOTE must be its source\'s text at its excerpt: the text differs from the source at offset 381: it has "summer." where the source has "winter."',
    ]);
    expect(Object.values(await rowCounts()).every((count) => count === 0)).toBe(true);
  });

  it("writes every kind of record the file holds, and moves the data version the response cache keys on", async () => {
    const dataVersion = async () => (await db.prisma.dataVersion.findUniqueOrThrow({ where: { id: true } })).version;
    const before = await dataVersion();
    expect(await importDataset(db.prisma, dataset())).toEqual({ sources: 2, actors: 7, events: 2, statements: 8 });
    expect(await dataVersion()).toBe(before + 1n);
    const counts = await rowCounts();
    for (const table of dataTables) expect({ table, written: counts[table]! > 0 }).toEqual({ table, written: true });

    const paraphrase = await db.prisma.statement.findUniqueOrThrow({ where: { slug: "berg-needs-more-time" }, include: { excerpt: true } });
    expect(paraphrase.text).toBe("Ostrava needs more time to study the accord.");
    const afterTheEvent = await db.prisma.statement.findUniqueOrThrow({ where: { slug: "reyes-must-be-signed-this-year-again" } });
    expect(afterTheEvent).toMatchObject({ eventId: null, saidAt: new Date("2031-05-06T17:00:00.000Z"), timePrecision: "HOUR" });
    const stance = await db.prisma.stance.findFirstOrThrow({
      where: { statementId: afterTheEvent.id },
      include: { basis: { include: { source: true } } },
    });
    // The second “must be signed this year” of the article, as `occurrence: 2` says.
    expect(stance.basis!.start).toBe(stance.basis!.source.text.lastIndexOf("“must be signed this year”"));
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await snapshot(db.prisma);
    await importDataset(db.prisma, dataset());
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("exports the database back to the same file, byte for byte", async () => {
    expect(formatDataset(await exportDataset(db.prisma))).toBe(fixture);
  });

  it("finds the same spans when they are given by offsets or by the text before them", async () => {
    const before = await snapshot(db.prisma);
    const file = dataset();
    const text = file.sources!.find((source) => source.slug === article)!.text;
    const quote = "We have waited long enough. The harbour belongs to the people who work in it";
    file.statements![3]!.excerpt = { source: article, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };
    file.statements![4]!.stances![0]!.basis = { source: article, text: "“must be signed this year”", after: "said the talks had been" };
    await importDataset(db.prisma, file);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses a source whose text differs from the stored one that statements cite", async () => {
    const edited = dataset();
    edited.sources!.find((source) => source.slug === article)!.text += "An added line.\n";
    expect(await refusal(edited)).toEqual([
      `sources[1].text: differs from the text stored for "${article}", which statements cite; a cited text never changes (give the new text another slug)`,
    ]);
  });

  it("rolls back everything when the database refuses a write half-way", async () => {
    const before = await snapshot(db.prisma);
    const file = dataset();
    file.topics!.push({ slug: "written-then-undone", name: "Written, then undone" });
    file.statements![0]!.topics!.push("written-then-undone");
    // The last table written refuses every row: what came before must go too.
    await db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_relations() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`,
    );
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_relations BEFORE INSERT ON statement_relation FOR EACH ROW EXECUTE FUNCTION refuse_relations()`,
    );
    file.relations!.push({ from: "berg-needs-more-time", kind: "RESPONDS_TO", to: "reyes-not-another-winter" });
    try {
      await expect(importDataset(db.prisma, file)).rejects.toThrow(/refused for the test/);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_relations ON statement_relation`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_relations()`);
    }
    expect(await snapshot(db.prisma)).toEqual(before);
  });
});

describe("the shipped dataset files", () => {
  it.each(readShippedDatasets().map(({ name }) => name))(
    "%s is in the form export writes: imported alone, it exports byte for byte",
    async (name) => {
      const shipped = readFileSync(path.join(shippedDatasetsDir, name), "utf8");
      const alone = await createTestDatabase({ start: "migrated" });
      const own = await openDatabase(alone.target);
      try {
        await importDataset(own.prisma, JSON.parse(shipped));
        expect(formatDataset(await exportDataset(own.prisma))).toBe(shipped);
      } finally {
        await own.close();
        await alone.drop();
      }
    },
  );
});

describe("checking a dataset file", () => {
  it("names the field of each record the schema refuses, all at once", async () => {
    const file = dataset();
    /** A record as the JSON it is, which a file can get wrong in any way. */
    const loose = (record: object) => record as Record<string, unknown>;
    delete loose(file.actors![0]!).kind;
    loose(file.events![0]!).venue = "Geneva";
    loose(file.statements![1]!).kind = "QUOTE";
    file.statements![2]!.excerpt = { source: article, text: "We", occurrence: 1, after: "“" };
    expect(await refusal(file)).toEqual([
      "actors[0].kind: is required",
      "events[0].venue: is not a field the format has",
      "statements[1].kind: must be one of DIRECT_QUOTE, PARTIAL_QUOTE, PARAPHRASE",
      "statements[2].excerpt: give either occurrence or after, not both",
    ]);
  });

  it("names the texts no database can hold: NUL and half characters", async () => {
    const file = dataset();
    file.sources![0]!.title = "A title with a NUL\u0000";
    file.actors![0]!.names![1] = "half a character: \ud800";
    expect(await refusal(file)).toEqual([
      "sources[0].title: contains NUL (U+0000) or half a character (a lone surrogate), which no text in Parley can hold",
      "actors[0].names[1]: contains NUL (U+0000) or half a character (a lone surrogate), which no text in Parley can hold",
    ]);
  });

  it("names every reference, span, date and duplicate it cannot accept", async () => {
    const file = dataset();
    const [reyes, berg] = [file.statements![2]!, file.statements![5]!];
    reyes.speaker = "nobody";
    delete reyes.capacity;
    reyes.excerpt = { source: article, text: "words the article never says" };
    berg.excerpt = { source: article, text: "“must be signed this year”" };
    berg.capacity = { actor: "anna-reyes", kind: "HOLDS_OFFICE_IN", relatedActor: "valdoria" };
    file.statements![6]!.excerpt = { source: "no-such-source", text: "Talks" };
    file.statements![0]!.slug = file.statements![1]!.slug;
    const meeting = file.events![1]!;
    meeting.timeZone = "Europe/Atlantis";
    meeting.endsAt = "2031-05-06T07:00:00.000Z";
    file.ties![2]!.relatedActor = file.ties![2]!.actor;
    file.relations![0]!.to = file.relations![0]!.from;
    expect(await refusal(file)).toEqual([
      'statements[1].slug: "ostrava-mfa-not-against-the-accord" is already the slug of statements[0]',
      "ties[2].relatedActor: is the tie's own actor; a tie joins two actors",
      "events[1].endsAt: ends (2031-05-06T07:00:00.000Z) before it starts (2031-05-06T08:00:00.000Z)",
      'events[1].timeZone: "Europe/Atlantis" is not an IANA time zone (such as "Europe/London")',
      'statements[2].speaker: unknown actor "nobody"',
      'statements[2].excerpt: text "words the article never says" does not occur in source "2031-05-06-port-lira-talks-invented"',
      'statements[5].capacity: anna-reyes HOLDS_OFFICE_IN valdoria is not a tie of the speaker "tomas-berg"',
      'statements[5].excerpt: text "“must be signed this year”" occurs 2 times; give "occurrence" or "after" to pick one in source "2031-05-06-port-lira-talks-invented"',
      'statements[6].excerpt.source: unknown source "no-such-source"',
      "relations[0].to: is the relation's own statement; a statement cannot relate to itself",
    ]);
  });

  it("lists the first hundred issues of a file wrong throughout, and counts the rest", async () => {
    const file = dataset();
    file.statements = Array.from({ length: 150 }, (_, i) => ({ ...file.statements![0]!, slug: `statement-${i}`, speaker: "nobody" }));
    file.relations = [];
    const error = await importDataset(db.prisma, file).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DatasetRejectedError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^The dataset was refused \(150 issues\); nothing was written:\n {2}statements\[0\]\.speaker: unknown actor "nobody"/,
    );
    expect(message).toMatch(/\n {2}… and 50 more$/);
  });
});
