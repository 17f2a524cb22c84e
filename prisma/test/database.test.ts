import { createHash } from "node:crypto";
import { type Database, openDatabase } from "../src/database";
import { applyMigrations, diffMigrationsToSchema, listMigrationNames } from "../src/migrations";
import { prepareDatabase } from "../src/prepare";
import { readShippedDatasets, seed } from "../src/dataset";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { snapshot } from "./support/snapshot";

let testDatabase: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = await openDatabase(testDatabase.target);
});
afterAll(async () => {
  await db.close();
  await testDatabase.drop();
});

const shipped = readShippedDatasets().map(({ dataset }) => dataset);
/** How many distinct slugs the shipped datasets give (two datasets may share an event). */
const distinct = (slugs: (dataset: (typeof shipped)[number]) => { slug: string }[] | undefined) =>
  new Set(shipped.flatMap((dataset) => (slugs(dataset) ?? []).map((record) => record.slug))).size;

describe("the database", () => {
  it("is migrated by the committed migrations, and migrating again changes nothing", async () => {
    const committed = await listMigrationNames();
    expect(committed[0]).toMatch(/^\d{14}_init$/);
    expect(await applyMigrations(db.adapterFactory)).toEqual(committed);
    expect(await applyMigrations(db.adapterFactory)).toEqual([]);
    const [recorded] = await db.prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(recorded?.count)).toBe(committed.length);
  });

  it("is seeded with every shipped dataset, and seeding again changes nothing", async () => {
    await seed(db.prisma);
    const first = await snapshot(db.prisma);
    expect(first.source).toHaveLength(distinct((dataset) => dataset.sources));
    expect(first.statement).toHaveLength(distinct((dataset) => dataset.statements));
    expect(first.event).toHaveLength(distinct((dataset) => dataset.events));
    await seed(db.prisma);
    expect(await snapshot(db.prisma)).toEqual(first);
  });

  it("refuses to replace a source's text in place", async () => {
    const where = { slug: shipped[0]!.sources![0]!.slug };
    const received = (await db.prisma.source.findUniqueOrThrow({ where })).text;
    const storeText = (text: string) =>
      db.prisma.source.update({ where, data: { text, contentHash: createHash("sha256").update(text, "utf8").digest("hex") } });
    // The database refuses a new text for a source its excerpts cite, even with a matching hash.
    await expect(storeText(`${received} (edited)`)).rejects.toThrow(/cited by excerpts and cannot change/);
    // Past that guard (lifted by hand, as a superuser could), the seed must not overwrite the text either.
    const guard = (action: "DISABLE" | "ENABLE") =>
      db.prisma.$executeRawUnsafe(`ALTER TABLE "source" ${action} TRIGGER "source_text_fixed_once_cited"`);
    await guard("DISABLE");
    try {
      await storeText(`${received} (edited)`);
      await expect(seed(db.prisma)).rejects.toThrow(/which statements cite; a cited text never changes/);
    } finally {
      await storeText(received);
      await guard("ENABLE");
    }
  });

  it("keeps integrity in the database itself", async () => {
    const source = await db.prisma.source.findFirstOrThrow();
    const actor = await db.prisma.actor.findFirstOrThrow();
    const speaker = await db.prisma.actor.findFirstOrThrow({ where: { statements: { some: {} } } });
    const violations: [string, () => Promise<unknown>][] = [
      ["an empty excerpt", () => db.prisma.excerpt.create({ data: { sourceId: source.id, start: 5, end: 5 } })],
      ["an excerpt before the text", () => db.prisma.excerpt.create({ data: { sourceId: source.id, start: -1, end: 3 } })],
      [
        "a text that does not match its hash",
        () => db.prisma.source.update({ where: { id: source.id }, data: { text: `${source.text}!` } }),
      ],
      ["a duplicate slug", () => db.prisma.actor.create({ data: { slug: actor.slug, name: "Twin", kind: "PERSON" } })],
      ["a malformed slug", () => db.prisma.actor.create({ data: { slug: "Not A Slug", name: "Someone", kind: "PERSON" } })],
      [
        "a tie of an actor to itself",
        () => db.prisma.actorTie.create({ data: { actorId: actor.id, relatedActorId: actor.id, kind: "MEMBER_OF" } }),
      ],
      [
        "a statement by nobody",
        () =>
          db.prisma.statement.create({
            data: {
              slug: "orphan",
              text: "Words",
              kind: "PARAPHRASE",
              speakerId: "00000000-0000-7000-8000-000000000000",
              saidAt: new Date(),
              timePrecision: "DAY",
              excerptId: "00000000-0000-7000-8000-000000000000",
            },
          }),
      ],
      ["deleting an actor who spoke", () => db.prisma.actor.delete({ where: { id: speaker.id } })],
    ];
    for (const [what, violate] of violations) {
      await expect(violate().then(() => `${what} was accepted`)).rejects.toThrow();
    }
  });

  it("matches schema.prisma exactly: the migrations leave nothing to generate", async () => {
    // The diff replays the migrations on a shadow database (an in-memory PGlite, offline), as `db:migration` does.
    const scratch = await openDatabase({});
    try {
      expect(await diffMigrationsToSchema(scratch.adapterFactory)).toBe("");
    } finally {
      await scratch.close();
    }
  });

  it("starts the embedded database empty, then migrates and seeds it by itself", async () => {
    const embedded = await openDatabase({});
    try {
      expect(await prepareDatabase(embedded, { seedIfEmpty: true })).toEqual({
        appliedMigrations: await listMigrationNames(),
        seeded: true,
      });
      expect(await prepareDatabase(embedded, { seedIfEmpty: true })).toEqual({ appliedMigrations: [], seeded: false });
    } finally {
      await embedded.close();
    }
  });
});
