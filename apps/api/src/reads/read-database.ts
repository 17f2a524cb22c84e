import type {
  Actor,
  ActorName,
  ActorTie,
  Event,
  EventParticipant,
  EventReport,
  EventTopic,
  Excerpt,
  Source,
  Stance,
  Statement,
  StatementRelation,
  StatementTopic,
  Topic,
} from "@parley/db";
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";

/** `startsAt` → `starts_at`: the schema maps every field to its snake-case column (`@map`). */
type SnakeCase<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : Name;

/** A model's row as its table's columns: derived from the Prisma client's types, so a renamed or dropped column fails to compile here. */
type Columns<Model> = { [Field in keyof Model as SnakeCase<Field & string>]: Model[Field] };

/** The tables the read path reads, as Kysely sees them. */
export interface ReadDatabase {
  actor: Columns<Actor>;
  actor_name: Columns<ActorName>;
  actor_tie: Columns<ActorTie>;
  event: Columns<Event>;
  event_participant: Columns<EventParticipant>;
  event_report: Columns<EventReport>;
  event_topic: Columns<EventTopic>;
  excerpt: Columns<Excerpt>;
  source: Columns<Source>;
  stance: Columns<Stance>;
  statement: Columns<Statement>;
  statement_relation: Columns<StatementRelation>;
  statement_topic: Columns<StatementTopic>;
  topic: Columns<Topic>;
}

export type TableName = keyof ReadDatabase;
export type ColumnName<Table extends TableName> = keyof ReadDatabase[Table] & string;

/**
 * Kysely as a compiler of PostgreSQL only: statements run through the
 * database's Prisma client (PGlite or PostgreSQL alike), never a driver of Kysely's.
 */
export const readSql = new Kysely<ReadDatabase>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
