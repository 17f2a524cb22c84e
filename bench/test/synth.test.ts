import { busyDay, pgliteTarget, synthesize, SynthDataPresentError, synthScale, type SynthReport, type SynthTarget } from "../synth";

// The smallest synthesis, in an in-memory PGlite, with every foreign key
// checked as rows go in: what the fast path (triggers off) relies on.
describe("synthesize", () => {
  let target: SynthTarget;
  let report: SynthReport;
  const sql = async <Row>(query: string, params: unknown[] = []) => {
    const connection = await target.connect();
    try {
      return await connection.rows<Row>(query, params);
    } finally {
      await connection.close();
    }
  };
  const one = async (query: string, params: unknown[] = []) =>
    Number(Object.values((await sql<Record<string, unknown>>(query, params))[0]!)[0]);

  beforeAll(async () => {
    target = await pgliteTarget();
    report = await synthesize(target, { statements: 1000, checkForeignKeys: true });
  }, 120_000);
  afterAll(() => target.close());

  it("writes exactly the statements asked for, and everything the scale says", async () => {
    const scale = synthScale(1000);
    expect(report.checkedForeignKeys).toBe(true);
    expect(await one(`SELECT count(*) FROM "statement"`)).toBe(1000);
    expect(await one(`SELECT count(*) FROM "event"`)).toBe(scale.events);
    expect(await one(`SELECT count(*) FROM "actor"`)).toBe(scale.actors);
    expect(await one(`SELECT count(*) FROM "source"`)).toBe(scale.days);
    expect(report.rows.statement).toBe(1000);
    // Synthetic rows are nobody's change: history records none of them.
    expect(await one(`SELECT count(*) FROM "change"`)).toBe(0);
  });

  it("makes the busy day with its fixed shape", async () => {
    const day = [`${busyDay.date}T00:00:00Z`];
    const inDay = `"starts_at" >= $1::timestamptz AND "starts_at" < $1::timestamptz + interval '1 day'`;
    expect(await one(`SELECT count(*) FROM "event" WHERE ${inDay}`, day)).toBe(busyDay.events);
    expect(await one(`SELECT count(*) FROM "event_participant" p JOIN "event" e ON e."id" = p."event_id" WHERE ${inDay}`, day)).toBe(
      busyDay.participants,
    );
    expect(await one(`SELECT count(*) FROM "statement" s JOIN "event" e ON e."id" = s."event_id" WHERE ${inDay}`, day)).toBe(
      busyDay.statements,
    );
  });

  it("gives every statement the text of its source at its excerpt", async () => {
    expect(
      await one(
        `SELECT count(*) FROM "statement" s JOIN "excerpt" x ON x."id" = s."excerpt_id" JOIN "source" src ON src."id" = x."source_id"
         WHERE s."text" <> substr(src."text", x."start" + 1, x."end" - x."start")`,
      ),
    ).toBe(0);
    // Every event is reported by an excerpt of its own day's source.
    expect(
      await one(
        `SELECT count(*) FROM "event" e JOIN "event_report" r ON r."event_id" = e."id" JOIN "excerpt" x ON x."id" = r."excerpt_id"
         JOIN "source" src ON src."id" = x."source_id" WHERE src."published_on" <> (e."starts_at" AT TIME ZONE 'UTC')::date`,
      ),
    ).toBe(0);
  });

  it("speaks through participants of the event, in capacities the speaker holds", async () => {
    expect(
      await one(
        `SELECT count(*) FROM "statement" s WHERE s."event_id" IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM "event_participant" p WHERE p."event_id" = s."event_id" AND p."actor_id" = s."speaker_id")`,
      ),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) FROM "statement" s JOIN "actor_tie" t ON t."id" = s."capacity_id" WHERE t."actor_id" <> s."speaker_id"`),
    ).toBe(0);
    expect(await one(`SELECT count(*) FROM "actor_tie" WHERE "excerpt_id" IS NOT NULL`)).toBeGreaterThan(0);
  });

  it("refuses to write the synthetic days twice without --reset", async () => {
    await expect(synthesize(target, { statements: 1000 })).rejects.toThrow(SynthDataPresentError);
  });
});
