import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { type Database, openDatabase } from "../src/database";
import { DatabaseInUseError } from "../src/pglite-lock";
import { prepareDatabase } from "../src/prepare";

// The embedded database only: a PGlite folder is what two processes must never share.
const run = promisify(execFile);
jest.setTimeout(120_000);
const cli = (name: string) => path.resolve(__dirname, "..", "dist", "src", "cli", `${name}.js`);
const fixture = path.join(__dirname, "fixtures", "invented-port-lira-talks.json");

let parent: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "parley-lock-"));
  dataDir = path.join(parent, "pglite");
  env = { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir };
});
afterEach(() => rm(parent, { recursive: true, force: true }));

const command = (name: string, ...args: string[]) => run(process.execPath, [cli(name), ...args], { env });
const statementCount = (db: Database) => db.prisma.statement.count();

describe("the embedded database's folder", () => {
  it("is refused to a second opener, in this process or another, while it is open, and its data stays intact", async () => {
    const db = await openDatabase({ dataDir });
    let before: number;
    try {
      await prepareDatabase(db, { seedIfEmpty: true });
      before = await statementCount(db);
      await expect(openDatabase({ dataDir })).rejects.toThrow(DatabaseInUseError);
      const inUse = `The embedded database at ${dataDir} is in use by process ${process.pid} (npm start?); stop it, or set DATABASE_URL to use PostgreSQL`;
      const commands: [string, ...string[]][] = [["import", fixture], ["export", path.join(parent, "out.json")], ["seed"], ["reset"]];
      for (const [name, ...args] of commands) {
        await expect(command(name, ...args)).rejects.toMatchObject({ code: 1, stderr: `${inUse}\n` });
      }
      expect(await statementCount(db)).toBe(before);
    } finally {
      await db.close();
    }

    // Once it is closed, the next opener gets it, with everything the first one wrote.
    expect((await command("import", fixture)).stdout).toMatch(/^Imported .* 8 statements$/m);
    const reopened = await openDatabase({ dataDir });
    try {
      expect(await statementCount(reopened)).toBe(before + 8);
    } finally {
      await reopened.close();
    }
  });

  it("is taken over from a process that died holding it, and released on close", async () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const lockFile = `${dataDir}.lock`;
    await writeFile(lockFile, `${gone}\n`);
    const db = await openDatabase({ dataDir });
    try {
      expect(await readFile(lockFile, "utf8")).toBe(`${process.pid}\n`);
    } finally {
      await db.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });
});
