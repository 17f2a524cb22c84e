import { execFile } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { applyMigrations, migrationsDir } from "../src/migrations";
import { readShippedDatasets } from "../src/dataset";
import { commandDatabase } from "./support/command-database";
import { snapshot } from "./support/snapshot";

// The built commands behind `npm run db:migrate`, `db:seed`, `db:reset`, `db:migration`, `import` and `export` (turbo builds before tests).
const run = promisify(execFile);
// Each test runs a command or two, each its own process that starts its own PGlite.
jest.setTimeout(120_000);
const cli = (name: string) => path.resolve(__dirname, "..", "dist", "src", "cli", `${name}.js`);

const { env, inDatabase, scratchFile } = commandDatabase("parley-cli-");

const command = async (name: string, ...args: string[]) => (await run(process.execPath, [cli(name), ...args], { env: env() })).stdout;

const shipped = readShippedDatasets().map(({ dataset }) => dataset);
const statementCount = new Set(shipped.flatMap((dataset) => (dataset.statements ?? []).map((statement) => statement.slug))).size;
const eventCount = new Set(shipped.flatMap((dataset) => (dataset.events ?? []).map((event) => event.slug))).size;
const seeded = `${statementCount} statements, ${eventCount} events`;

describe("the database commands", () => {
  it("db:migrate applies the committed migrations once", async () => {
    expect(await command("migrate")).toMatch(/^Applied \d{14}_init/);
    expect(await command("migrate")).toMatch(/^Already up to date/);
  });

  it("db:seed writes the shipped datasets, and again changes nothing", async () => {
    expect(await command("seed")).toContain(seeded);
    expect(await command("seed")).toContain(seeded);
  });

  it("db:reset drops what was there, then migrates and seeds anew", async () => {
    await inDatabase((db) => db.prisma.actor.create({ data: { slug: "added-by-hand", name: "Added by hand", kind: "PERSON" } }));
    expect(await command("reset")).toMatch(/^Reset and seeded/);
    const [added, statements] = await inDatabase((db) =>
      Promise.all([db.prisma.actor.count({ where: { slug: "added-by-hand" } }), db.prisma.statement.count()]),
    );
    expect([added, statements]).toEqual([0, statementCount]);
  });

  it("import loads a dataset file; export writes the database back as one, which imports as it is", async () => {
    const fixture = path.join(__dirname, "fixtures", "invented-port-lira-talks.json");
    expect(await command("import", fixture)).toMatch(/^Imported .*: 2 sources, 7 actors, 2 events, 8 statements$/m);
    const exported = scratchFile("export.json");
    try {
      expect(await command("export", exported)).toMatch(
        new RegExp(`^Exported \\d+ sources, .* ${statementCount + 8} statements .* to ${exported}$`, "m"),
      );
      const first = await readFile(exported, "utf8");
      await command("import", exported);
      await command("export", exported);
      expect(await readFile(exported, "utf8")).toBe(first);
    } finally {
      await rm(exported, { force: true });
    }
  });

  it("import refuses a file with a wrong quote, naming the record and field, and fails", async () => {
    const wrong = scratchFile("wrong.json");
    const before = await inDatabase((db) => db.prisma.statement.count());
    const file = JSON.parse(await readFile(path.join(__dirname, "fixtures", "invented-port-lira-talks.json"), "utf8")) as {
      statements: { slug: string; text?: string }[];
    };
    file.statements.find((statement) => statement.slug === "reyes-not-another-winter")!.text = "We will wait another winter.";
    await writeFile(wrong, JSON.stringify(file));
    try {
      await expect(command("import", wrong)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(
          /^The dataset was refused \(1 issue\); nothing was written:\n {2}statements\[4\]\.text: a DIRECT_QUOTE must be its source's text/,
        ),
      });
      expect(await inDatabase((db) => db.prisma.statement.count())).toBe(before);
    } finally {
      await rm(wrong, { force: true });
    }
  });

  it("import refuses a file that is not UTF-8, naming the byte, and writes nothing; marked with a byte-order mark, it imports", async () => {
    const fixture = await readFile(path.join(__dirname, "fixtures", "invented-port-lira-talks.json"));
    const [head, tail] = fixture.toString("utf8").split("[Invented for Parley's tests] Ostrava MFA");
    const latin1 = scratchFile("latin1.json");
    const marked = scratchFile("marked.json");
    // The fixture with a title in Latin-1 ("Café" as 0x43 0x61 0x66 0xE9), and the fixture as Notepad saves it.
    await writeFile(latin1, Buffer.concat([Buffer.from(`${head}Caf`), Buffer.from([0xe9]), Buffer.from(tail!)]));
    await writeFile(marked, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture]));
    // Migrated, so that "nothing written" compares tables, whichever tests ran before.
    const before = await inDatabase(async (db) => {
      await applyMigrations(db.adapterFactory);
      return snapshot(db.prisma);
    });
    try {
      await expect(command("import", latin1)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(
          `${latin1} is not UTF-8: byte 0xE9 at offset ${Buffer.byteLength(head!) + 3} (line 6, column 20) does not begin a valid UTF-8 character`,
        ),
      });
      expect(await inDatabase((db) => snapshot(db.prisma))).toEqual(before);
      expect(await command("import", marked)).toMatch(/^Imported .*: 2 sources, 7 actors, 2 events, 8 statements$/m);
    } finally {
      await Promise.all([latin1, marked].map((file) => rm(file, { force: true })));
    }
  });

  it("import and export without a file print how to use them and fail", async () => {
    await expect(command("import")).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Usage: npm run import -- FILE/) });
    await expect(command("export")).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Usage: npm run export -- FILE/) });
  });

  it("db:migration writes nothing while schema.prisma and the migrations agree", async () => {
    const before = await readdir(migrationsDir);
    try {
      expect(await command("create-migration", "nothing_to_do")).toMatch(/agree: nothing to write/);
    } finally {
      // Were the schema edited without its migration, the command would write one: take it back.
      const written = (await readdir(migrationsDir)).filter((entry) => !before.includes(entry));
      await Promise.all(written.map((entry) => rm(path.join(migrationsDir, entry), { recursive: true })));
    }
  });

  it("db:migration without a name prints how to use it and fails", async () => {
    await expect(command("create-migration")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Usage: npm run db:migration -- <name>/),
    });
  });
});
