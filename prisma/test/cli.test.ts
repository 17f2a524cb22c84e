import { execFile } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { migrationsDir } from "../src/migrations";
import { datasets } from "../src/seed";
import { commandDatabase } from "./support/command-database";

// The built commands behind `npm run db:migrate`, `db:seed`, `db:reset` and `db:migration` (turbo builds before tests).
const run = promisify(execFile);
// Each test runs a command or two, each its own process that starts its own PGlite.
jest.setTimeout(120_000);
const cli = (name: string) => path.resolve(__dirname, "..", "dist", "src", "cli", `${name}.js`);

const { env, inDatabase } = commandDatabase("parley-cli-");

const command = async (name: string, ...args: string[]) => (await run(process.execPath, [cli(name), ...args], { env: env() })).stdout;

const statementCount = new Set(datasets.flatMap((dataset) => dataset.statements.map((statement) => statement.slug))).size;
const eventCount = new Set(datasets.flatMap((dataset) => dataset.events.map((event) => event.slug))).size;
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
    await expect(command("create-migration")).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Usage: npm run db:migration -- <name>/) });
  });
});
