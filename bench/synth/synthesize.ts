import { applyMigrations } from "@parley/db";
import type { SynthConnection, SynthTarget } from "./connection";
import { dayNumber, isoDate } from "./copy-format";
import { apportion, Batch, type DayPlan, dayTables, type DayTable, writeDay } from "./day";
import { Random } from "./random";
import { buildWorld, worldRows } from "./world";

/**
 * The fixed day the benchmark reads: a busy day with a known shape, the same
 * whatever the number of statements.
 */
export const busyDay = { date: "2019-06-15", events: 27, participants: 81, statements: 262 } as const;

/** The smallest number of statements the synthesiser makes: the busy day and a few ordinary days around it. */
export const minimumStatements = 1000;

/** Every table Parley's migrations create, children first. */
export const parleyTables = [
  "statement_relation",
  "stance",
  "statement_topic",
  "statement",
  "event_report",
  "event_topic",
  "event_participant",
  "event",
  "topic",
  "actor_tie",
  "actor_name",
  "actor",
  "excerpt",
  "source",
] as const;

export interface SynthScale {
  statements: number;
  days: number;
  events: number;
  actors: number;
  topics: number;
  firstDay: string;
  lastDay: string;
}

/**
 * How much of everything for a number of statements: 270 statements and 27
 * events a day over up to 3,700 days (about ten years around the busy day),
 * an actor for every 100 statements (up to 10,000), so that a day, an actor or
 * an event holds about as much at every size and only the totals grow.
 */
export function synthScale(statements: number): SynthScale {
  if (!Number.isInteger(statements) || statements < minimumStatements) {
    throw new RangeError(`The number of statements must be a whole number of at least ${minimumStatements}`);
  }
  const days = Math.min(3700, Math.max(4, Math.round(statements / 270)));
  const events = Math.max(busyDay.events + (days - 1), Math.round(statements / 10));
  const first = dayNumber(busyDay.date) - Math.floor(days / 2);
  return {
    statements,
    days,
    events,
    actors: Math.min(10_000, Math.max(100, Math.round(statements / 100))),
    topics: Math.min(200, Math.max(20, Math.round(statements / 5000))),
    firstDay: isoDate(first),
    lastDay: isoDate(first + days - 1),
  };
}

/** The events and statements of every day: fewer at weekends, and varying from day to day, adding up exactly. */
export function planDays(scale: SynthScale, random: Random): DayPlan[] {
  const first = dayNumber(scale.firstDay);
  const busy = dayNumber(busyDay.date);
  const days = Array.from({ length: scale.days }, (_, i) => first + i);
  const others = days.filter((day) => day !== busy);
  const weights = others.map((day) => {
    const weekday = new Date(day * 86_400_000).getUTCDay();
    return (weekday === 0 || weekday === 6 ? 0.55 : 1.15) * (0.5 + random.next());
  });
  const events = apportion(scale.events - busyDay.events - others.length, weights).map((count) => count + 1);
  const statements = apportion(
    scale.statements - busyDay.statements,
    events.map((count) => count * (0.8 + random.next() * 0.4)),
  );
  const plans = others.map((day, i): DayPlan => ({ day, events: events[i]!, statements: statements[i]! }));
  plans.push({ day: busy, events: busyDay.events, statements: busyDay.statements, participants: busyDay.participants });
  return plans.sort((a, b) => a.day - b.day);
}

/**
 * The SHA-256 of the busy day's source text as this version of the
 * synthesiser writes it for `statements` and `seed`: a database whose busy day
 * has another was made by another version, or with other options.
 */
export function busyDayFingerprint(statements: number, seed = defaultSeed): string {
  const { world, plans, daySeed } = design(synthScale(statements), seed);
  const batch = new Batch();
  writeDay(
    world,
    plans.find((day) => day.participants !== undefined)!,
    daySeed,
    batch,
  );
  return batch.rows.source[0]!.split("\t").pop()!;
}

const defaultSeed = 20190615;

/** The world, the plan of the days and the days' seed, each from its own stream of the seed. */
function design(scale: SynthScale, seed: number) {
  const random = new Random(seed);
  const world = buildWorld(random.fork(1), {
    actors: scale.actors,
    topics: scale.topics,
    firstDay: dayNumber(scale.firstDay),
    lastDay: dayNumber(scale.lastDay),
  });
  const worldIds = random.fork(2);
  const plans = planDays(scale, random.fork(3));
  const daySeed = random.fork(4).nextUint32();
  return { world, worldIds, plans, daySeed };
}

export interface SynthOptions {
  statements: number;
  /** Empty every table first. Without it, a database that already holds the synthetic days is refused. */
  reset?: boolean;
  /** The same seed makes the same rows. */
  seed?: number;
  /** Check every foreign key while writing, even where the session could skip the checks: slower, for tests. */
  checkForeignKeys?: boolean;
  onProgress?: (progress: { stage: "world" | "days" | "analyse"; done: number; total: number }) => void;
}

export interface SynthReport {
  scale: SynthScale;
  busyDay: typeof busyDay;
  rows: Record<string, number>;
  seconds: number;
  /** Seconds spent on each stage. */
  stages: Record<"migrate" | "world" | "days" | "analyse", number>;
  /** Whether foreign keys were checked row by row while writing (they are not when the session may skip them). */
  checkedForeignKeys: boolean;
}

export class SynthDataPresentError extends Error {
  override name = "SynthDataPresentError";
}

/**
 * Turns off the foreign-key triggers for this session, if it may (superusers
 * only) and if the tables have no trigger of their own, which the replica
 * role would silently turn off too.
 */
async function trySkipForeignKeys(connection: SynthConnection): Promise<boolean> {
  const ownTriggers = await connection.rows(
    `SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])`,
    [[...parleyTables]],
  );
  if (ownTriggers.length > 0) return false;
  try {
    await connection.exec("SET session_replication_role = replica");
    return true;
  } catch {
    return false;
  }
}

/** Days written per COPY round: a few thousand statements. */
const daysPerBatch = 12;

/**
 * Fills the target with synthetic data at Parley's schema, after applying
 * the migrations: generated here from a seed and written with COPY, by as many
 * sessions as the target allows, then analysed so the planner knows it.
 */
export async function synthesize(target: SynthTarget, options: SynthOptions): Promise<SynthReport> {
  const started = performance.now();
  const scale = synthScale(options.statements);
  const progress = options.onProgress ?? (() => undefined);

  const stages = { migrate: 0, world: 0, days: 0, analyse: 0 };
  let stageStart = performance.now();
  const endStage = (stage: keyof typeof stages) => {
    const now = performance.now();
    stages[stage] = (now - stageStart) / 1000;
    stageStart = now;
  };
  await applyMigrations(target.adapterFactory);
  endStage("migrate");
  const main = await target.connect();
  let checkedForeignKeys = true;
  const rows: Record<string, number> = {};
  try {
    if (options.reset) {
      await main.exec(`TRUNCATE ${parleyTables.map((table) => `"${table}"`).join(", ")} CASCADE`);
    } else {
      const present = await main.rows(`SELECT 1 FROM "source" WHERE "slug" = $1`, [`digest-${busyDay.date}`]);
      if (present.length > 0) throw new SynthDataPresentError("The database already holds synthetic data: pass --reset to replace it");
    }

    // Every row is made consistent with its parents here, so the foreign-key triggers are skipped where
    // the session may (a superuser's "replica" role), which makes writing several times faster.
    // Checks, unique keys and not-null constraints still apply to every row.
    // Synthetic rows are nobody's change: the history triggers leave them out (see the writes migration).
    const prepareSession = async (connection: SynthConnection) => {
      await connection.exec("SET parley.record_history = 'off'");
      if (!options.checkForeignKeys && (await trySkipForeignKeys(connection))) checkedForeignKeys = false;
    };
    await prepareSession(main);

    progress({ stage: "world", done: 0, total: scale.statements });
    const { world, worldIds, plans, daySeed } = design(scale, options.seed ?? defaultSeed);
    for (const { table, columns, rows: lines } of worldRows(world, worldIds)) {
      await main.copy(table, columns, lines);
      rows[table] = lines.length;
    }

    endStage("world");
    const attestations = new Map<string, { day: number; excerptId: string }>();
    let written = 0;
    let next = 0;
    const work = async (connection: SynthConnection) => {
      while (next < plans.length) {
        const batch = new Batch();
        const from = next;
        const to = Math.min(plans.length, from + daysPerBatch);
        next = to;
        for (let i = from; i < to; i++) {
          writeDay(world, plans[i]!, daySeed, batch);
          // Let the other session's COPY go on while this one generates.
          await new Promise((resolve) => setImmediate(resolve));
        }
        for (const table of Object.keys(dayTables) as DayTable[]) {
          await connection.copy(table, dayTables[table], batch.rows[table]);
          rows[table] = (rows[table] ?? 0) + batch.rows[table].length;
        }
        for (const [tieId, seen] of batch.attestations) {
          const known = attestations.get(tieId);
          if (!known || known.day > seen.day) attestations.set(tieId, seen);
        }
        written += batch.statements;
        progress({ stage: "days", done: written, total: scale.statements });
      }
    };
    const sessions = [main];
    for (let i = 1; i < target.sessions; i++) {
      const session = await target.connect();
      await prepareSession(session);
      sessions.push(session);
    }
    try {
      await Promise.all(sessions.map(work));
    } finally {
      for (const session of sessions.slice(1)) await session.close();
    }

    // A tie is attested by the first excerpt in which its holder speaks in that capacity.
    await main.exec(`CREATE TEMPORARY TABLE "synth_attestation" ("tie_id" uuid PRIMARY KEY, "excerpt_id" uuid NOT NULL)`);
    await main.copy(
      "synth_attestation",
      ["tie_id", "excerpt_id"],
      [...attestations].map(([tieId, { excerptId }]) => `${tieId}\t${excerptId}`),
    );
    await main.exec(`UPDATE "actor_tie" SET "excerpt_id" = a."excerpt_id" FROM "synth_attestation" a WHERE "actor_tie"."id" = a."tie_id"`);
    await main.exec(`DROP TABLE "synth_attestation"`);

    endStage("days");

    progress({ stage: "analyse", done: written, total: scale.statements });
    // As autovacuum would leave them: statistics for the planner, and visibility maps for index-only scans.
    for (const table of parleyTables) await main.exec(`VACUUM (ANALYZE) "${table}"`);
    endStage("analyse");
  } finally {
    await main.close();
  }
  return { scale, busyDay, rows, seconds: (performance.now() - started) / 1000, stages, checkedForeignKeys };
}
