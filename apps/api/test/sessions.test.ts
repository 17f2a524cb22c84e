import { createToken, revokeToken } from "@parley/db";
import { captureDesk } from "./scenarios/capture-desk";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof captureDesk>;
let writer: string;
beforeAll(async () => {
  api = await startTestServerWith(captureDesk);
  ({ writer } = await tokensFor(api));
});
afterAll(() => api.stop());

interface NewSession {
  secret: string;
  expiresAt: string;
  viewer: { name: string; scope: string; expiresAt: string };
}
const signIn = (token: string) =>
  mutate<{ createSession: NewSession }>(api, undefined, "createSession", { token }, "secret expiresAt viewer { name scope expiresAt }");
const viewer = (bearer?: string) =>
  api.graphql<{ viewer: { name: string; scope: string } | null }>("{ viewer { name scope } }", {}, bearer);
const endSession = (bearer?: string) => api.graphql<{ endSession: { endedAt: string } }>("mutation { endSession { endedAt } }", {}, bearer);
const createTopic = (bearer: string, slug: string) => mutate(api, bearer, "createTopic", { slug, name: slug }, "topic { slug }");

describe("web sessions", () => {
  it("signs in with a token sent in the body, answering a session secret, its expiry (12 h) and who it writes as", async () => {
    const before = Date.now();
    const { data, errors } = await signIn(writer);
    expect(errors).toBeUndefined();
    const session = data!.createSession;
    expect(session.secret).toMatch(/^parley_session_[A-Za-z0-9_-]{43}$/);
    expect(session.secret).not.toContain(writer);
    expect(Date.parse(session.expiresAt) - before).toBeGreaterThanOrEqual(12 * 3_600_000 - 1_000);
    expect(Date.parse(session.expiresAt) - before).toBeLessThanOrEqual(12 * 3_600_000 + 60_000);
    expect(session.viewer).toEqual({ name: "desk", scope: "WRITE", expiresAt: session.expiresAt });
    // Only the secret's hash is stored.
    const stored = await api.db.prisma.webSession.findMany({ select: { hash: true } });
    expect(JSON.stringify(stored)).not.toContain(session.secret);
  });

  it("refuses every token not in force with one message, whatever was wrong with it", async () => {
    await api.db.prisma.apiToken.create({
      data: { name: "expired", scope: "WRITE", hash: "0".repeat(64), expiresAt: new Date(Date.now() - 1_000) },
    });
    const refusals = await Promise.all(["parley_unknown", "", "parley_session_not-a-token"].map(signIn));
    expect(refusals.map(codesOf)).toEqual([["UNAUTHENTICATED"], ["UNAUTHENTICATED"], ["UNAUTHENTICATED"]]);
    expect(new Set(refusals.map((refusal) => refusal.errors?.[0]?.message)).size).toBe(1);
  });

  it("writes with the session's secret as the bearer, as its token: history records token:NAME", async () => {
    const { secret } = (await signIn(writer)).data!.createSession;
    expect((await viewer(secret)).data).toEqual({ viewer: { name: "desk", scope: "WRITE" } });
    expect(codesOf(await createTopic(secret, "by-session"))).toEqual([]);
    const change = await api.db.prisma.change.findFirst({ where: { tableName: "topic" }, orderBy: { id: "desc" } });
    expect(change?.changedBy).toBe("token:desk");
  });

  it("answers viewer null without a bearer in force, and never refuses the read", async () => {
    expect((await viewer()).data).toEqual({ viewer: null });
    expect((await viewer("parley_session_nothing")).data).toEqual({ viewer: null });
  });

  it("ends a session at once on sign-out: its secret no longer writes or reads as anyone", async () => {
    const { secret } = (await signIn(writer)).data!.createSession;
    const ended = await endSession(secret);
    expect(ended.errors).toBeUndefined();
    expect((await viewer(secret)).data).toEqual({ viewer: null });
    expect(codesOf(await createTopic(secret, "after-sign-out"))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await endSession(secret))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await endSession(writer))).toEqual(["BAD_USER_INPUT"]);
  });

  it("ends a token's sessions at once when the token is revoked", async () => {
    const reporter = await createToken(api.db.prisma, { name: "reporter", scope: "WRITE" });
    const { secret } = (await signIn(reporter)).data!.createSession;
    expect(codesOf(await createTopic(secret, "before-revoking"))).toEqual([]);
    expect(await revokeToken(api.db.prisma, "reporter")).toBe(true);
    expect(codesOf(await createTopic(secret, "after-revoking"))).toEqual(["UNAUTHENTICATED"]);
    expect(await api.db.prisma.webSession.count({ where: { token: { name: "reporter" }, endedAt: null } })).toBe(0);
  });

  it("refuses a session past its expiry, and its edit changes nothing; signing in again carries on", async () => {
    const { secret } = (await signIn(writer)).data!.createSession;
    await api.db.prisma.webSession.updateMany({ where: { endedAt: null }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(codesOf(await createTopic(secret, "expired-edit"))).toEqual(["UNAUTHENTICATED"]);
    expect(await api.db.prisma.topic.count({ where: { slug: "expired-edit" } })).toBe(0);
    const again = (await signIn(writer)).data!.createSession.secret;
    expect(codesOf(await createTopic(again, "expired-edit"))).toEqual([]);
  });
});
