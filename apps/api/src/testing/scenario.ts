import { createHash } from "node:crypto";
import type { Actor, ActorTie, Event, Prisma, PrismaClient, Source, Statement, StatementRelation, Topic } from "@parley/db";

/**
 * A test's own data, as RedwoodJS scenarios have it: records by model and by
 * name, each written as Prisma's create input for its model (see
 * the API's `test/scenarios/day-of-talks.ts`). `startTestServerWith(scenario)`, or `plant`,
 * creates them in an empty database model by model, in the order of this
 * interface, and each model's in the order written; a record connects to those
 * before it by slug (`speaker: connect(actors.marek)`). A record that others
 * connect to by id (a tie that is a statement's capacity, a source whose
 * excerpts are shared) is given its id in the scenario. Tests then refer to the
 * records by name (`records.actors.marek.slug`), never to counts of anything
 * they did not plant.
 */
export interface Scenario {
  sources?: Record<string, Prisma.SourceCreateInput>;
  topics?: Record<string, Prisma.TopicCreateInput>;
  actors?: Record<string, Prisma.ActorCreateInput>;
  ties?: Record<string, Prisma.ActorTieCreateInput>;
  events?: Record<string, Prisma.EventCreateInput>;
  statements?: Record<string, Prisma.StatementCreateInput>;
  relations?: Record<string, Prisma.StatementRelationCreateInput>;
}

/** The row each model of a scenario creates. */
interface Rows {
  sources: Source;
  topics: Topic;
  actors: Actor;
  ties: ActorTie;
  events: Event;
  statements: Statement;
  relations: StatementRelation;
}

/** What `plant` returns: every record of the scenario, as created, under the name the scenario gives it. */
export type Planted<S extends Scenario> = {
  [Model in keyof Rows]: { [Name in keyof NonNullable<S[Model]>]: Rows[Model] };
};

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const create: { [Model in keyof Rows]: (db: Transaction, data: NonNullable<Scenario[Model]>[string]) => Promise<Rows[Model]> } = {
  sources: (db, data) => db.source.create({ data }),
  topics: (db, data) => db.topic.create({ data }),
  actors: (db, data) => db.actor.create({ data }),
  ties: (db, data) => db.actorTie.create({ data }),
  events: (db, data) => db.event.create({ data }),
  statements: (db, data) => db.statement.create({ data }),
  relations: (db, data) => db.statementRelation.create({ data }),
};

/** Creates every record of `scenario` in `db`, in one transaction, and returns them by name. */
export async function plant<S extends Scenario>(db: PrismaClient, scenario: S): Promise<Planted<S>> {
  const planted: Record<string, Record<string, unknown>> = {};
  await db.$transaction(
    async (tx) => {
      for (const model of Object.keys(create) as (keyof Rows)[]) {
        planted[model] = {};
        for (const [name, data] of Object.entries(scenario[model] ?? {})) {
          // One model at a time: TypeScript cannot pair `model` with `data` across the union.
          planted[model][name] = await (create[model] as (tx: Transaction, data: unknown) => Promise<unknown>)(tx, data);
        }
      }
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  return planted as Planted<S>;
}

/** Connects a relation to a record of the scenario, by its slug (or, for a record without one, its id). */
export function connect(record: { slug: string }): { connect: { slug: string } };
export function connect(record: { id: string }): { connect: { id: string } };
export function connect(record: { slug: string } | { id: string }) {
  return { connect: "slug" in record ? { slug: record.slug } : { id: record.id } };
}

/** The hash a source's text must be stored with (the database checks it). */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The excerpt of `source` where `words` first occur (from where `after`
 * first occurs, when given), for any relation to an excerpt: a statement's, a stance's basis,
 * a tie's attestation, an event's report. The first use creates it; later
 * uses of the same span share it.
 */
export function excerptOf(source: { id: string; text: string }, words: string, after?: string) {
  const from = after === undefined ? 0 : source.text.indexOf(after);
  const start = from === -1 ? -1 : source.text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" does not occur in the source${after === undefined ? "" : ` after "${after}"`}`);
  const span = { start, end: start + words.length };
  return {
    connectOrCreate: {
      where: { sourceId_start_end: { sourceId: source.id, ...span } },
      create: { ...span, source: { connect: { id: source.id } } },
    },
  };
}
