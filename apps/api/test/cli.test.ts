import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "../src/db/database";
import { createTestDatabase, databaseEnv, type TestDatabase } from "../src/testing";

// The built commands behind `npm run db:migrate`, `db:seed` and `db:reset` (turbo builds before tests).
const run = promisify(execFile);
const cli = (name: string) => path.resolve(__dirname, "..", "dist", "cli", `${name}.js`);

let dataDir: string;
let testDatabase: TestDatabase;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "parley-cli-"));
  testDatabase = await createTestDatabase();
  env = { ...process.env, ...databaseEnv(testDatabase.target, dataDir) };
});
afterAll(async () => {
  await testDatabase.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const command = async (name: string) => (await run(process.execPath, [cli(name)], { env })).stdout;

/** Opens the database the commands work on, between commands (PGlite allows one process at a time). */
async function inDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase("url" in testDatabase.target ? testDatabase.target : { dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

describe("the database commands", () => {
  it("db:migrate applies the committed migrations once", async () => {
    expect(await command("migrate")).toMatch(/^Applied \d{14}_init/);
    expect(await command("migrate")).toMatch(/^Already up to date/);
  });

  it("db:seed writes the shipped dataset, and again changes nothing", async () => {
    expect(await command("seed")).toMatch(/22 statements, 6 events/);
    expect(await command("seed")).toMatch(/22 statements, 6 events/);
  });

  it("db:reset drops what was there, then migrates and seeds anew", async () => {
    await inDatabase((db) => db.prisma.actor.create({ data: { slug: "added-by-hand", name: "Added by hand", kind: "PERSON" } }));
    expect(await command("reset")).toMatch(/^Reset and seeded/);
    const [added, statements] = await inDatabase((db) =>
      Promise.all([db.prisma.actor.count({ where: { slug: "added-by-hand" } }), db.prisma.statement.count()]),
    );
    expect([added, statements]).toEqual([0, 22]);
  });
});
