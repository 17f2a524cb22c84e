import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { findTokenInForce } from "../src/tokens";
import { commandDatabase } from "./support/command-database";

// The built command behind `npm run token` (turbo builds before tests), each run its own process.
const run = promisify(execFile);
jest.setTimeout(120_000);
const cli = path.resolve(__dirname, "..", "dist", "src", "cli", "token.js");

const { env, inDatabase } = commandDatabase("parley-token-");

const token = async (...args: string[]) => (await run(process.execPath, [cli, ...args], { env: env() })).stdout;
const lastLine = (output: string) => output.trimEnd().split("\n").at(-1) ?? "";

describe("npm run token", () => {
  let desk: string;
  let chief: string;

  it("creates a token, prints it last and keeps only its SHA-256", async () => {
    desk = lastLine(await token("create", "--name", "desk", "--scope", "write", "--expires", "30d"));
    expect(desk).toMatch(/^parley_[A-Za-z0-9_-]{43}$/);
    const rows = await inDatabase((db) => db.prisma.apiToken.findMany());
    expect(rows).toEqual([
      expect.objectContaining({ name: "desk", scope: "WRITE", hash: createHash("sha256").update(desk).digest("hex"), revokedAt: null }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(desk.slice("parley_".length));
    const days = (rows[0]!.expiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it("makes a different token every time, and refuses a name in use", async () => {
    chief = lastLine(await token("create", "--name", "chief", "--scope", "admin"));
    expect(chief).not.toBe(desk);
    await expect(token("create", "--name", "chief", "--scope", "write")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/exists already/),
    });
  });

  it("lists tokens by name, scope and state, never the token", async () => {
    const listed = await token("list");
    expect(listed).toMatch(/^desk\twrite\tcreated \S+\texpires \S+$/m);
    expect(listed).toMatch(/^chief\tadmin\tcreated \S+\tnever expires$/m);
    expect(listed).not.toContain(desk);
  });

  it("revokes a token, which then no longer counts", async () => {
    await expect(inDatabase((db) => findTokenInForce(db.prisma, desk))).resolves.toMatchObject({ name: "desk", scope: "WRITE" });
    expect(await token("revoke", "desk")).toMatch(/Revoked token "desk"/);
    await expect(inDatabase((db) => findTokenInForce(db.prisma, desk))).resolves.toBeNull();
    await expect(token("revoke", "desk")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/No token named "desk" is in force/),
    });
  });

  it("refuses a bad name, scope or duration, and says how to use it", async () => {
    await expect(token("create", "--name", "Desk Two", "--scope", "write")).rejects.toMatchObject({
      stderr: expect.stringMatching(/lower-case/),
    });
    await expect(token("create", "--name", "two", "--scope", "root")).rejects.toMatchObject({ stderr: expect.stringMatching(/Usage:/) });
    await expect(token("create", "--name", "two", "--scope", "write", "--expires", "soon")).rejects.toMatchObject({
      stderr: expect.stringMatching(/as in 30d/),
    });
  });

  it("treats an expired token as no token", async () => {
    const found = await inDatabase(async (db) => {
      await db.prisma.apiToken.update({ where: { name: "chief" }, data: { expiresAt: new Date(Date.now() - 1000) } });
      return findTokenInForce(db.prisma, chief);
    });
    expect(found).toBeNull();
  });
});
