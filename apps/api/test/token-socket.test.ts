import { execFile } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { type ChildService, startApiProcess } from "../src/testing";
import { graphqlClient } from "./support/test-server";
import { codesOf, mutate } from "./support/writes";

// The built API and the built token CLI (`npm run build` first), on an embedded database in a folder of
// this test's own: the CLI, finding the folder locked by the running API, sends its commands through the
// API's socket beside the folder. PGlite alone: on PostgreSQL the CLI opens the database itself.
const cli = path.resolve(__dirname, "..", "..", "..", "prisma", "dist", "src", "cli", "token.js");
const run = promisify(execFile);

let folder: string;
let dataDir: string;
let api: ChildService;
const env = () => ({ ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir });
const token = async (...args: string[]) => (await run(process.execPath, [cli, ...args], { env: env() })).stdout.trim();

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "parley-token-socket-"));
  dataDir = path.join(folder, "pglite");
  // A socket file left by a process that died: the API replaces it.
  await writeFile(`${dataDir}.sock`, "");
  api = await startApiProcess({ DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, SEED_IF_EMPTY: "false" });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe("token commands beside the running API on PGlite", () => {
  it("listens on a socket beside the data folder that only its user may open (0600)", async () => {
    const socket = await stat(`${dataDir}.sock`);
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
  });

  it("creates a token through the running API, which then writes with it; lists and revokes it", async () => {
    const created = (await token("create", "--name", "first-desk", "--scope", "write")).split("\n");
    const secret = created.at(-1)!;
    expect(secret).toMatch(/^parley_[A-Za-z0-9_-]{43}$/);
    const client = graphqlClient(api.url);
    expect(codesOf(await mutate(client, secret, "createTopic", { slug: "first", name: "First" }, "topic { slug }"))).toEqual([]);

    expect(await token("list")).toMatch(/^first-desk\twrite\tcreated \S+\tnever expires$/m);
    expect(await token("revoke", "first-desk")).toBe('Revoked token "first-desk"');
    expect(codesOf(await mutate(client, secret, "createTopic", { slug: "second", name: "Second" }, "topic { slug }"))).toEqual([
      "UNAUTHENTICATED",
    ]);
    await expect(token("revoke", "first-desk")).rejects.toMatchObject({
      stderr: expect.stringContaining('No token named "first-desk" is in force'),
    });
  });

  it("never writes a token or a session's secret to its log, nor answers one back but the new secret", async () => {
    const secret = (await token("create", "--name", "quiet-desk", "--scope", "write")).split("\n").at(-1)!;
    const client = graphqlClient(api.url);
    const signIn = await mutate<{ createSession: { secret: string } }>(client, undefined, "createSession", { token: secret }, "secret");
    const session = signIn.data!.createSession.secret;
    expect(JSON.stringify(signIn)).not.toContain(secret);
    await mutate(client, session, "createTopic", { slug: "quiet", name: "Quiet" }, "topic { slug }");
    await mutate(client, undefined, "createSession", { token: `${secret}-wrong` }, "secret");
    await client.graphql("mutation { endSession { endedAt } }", {}, session);
    expect(api.output()).not.toContain(secret);
    expect(api.output()).not.toContain(session);
  });

  it("removes the socket when the API stops", async () => {
    expect(await api.stop()).toBe(0);
    await expect(stat(`${dataDir}.sock`)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
