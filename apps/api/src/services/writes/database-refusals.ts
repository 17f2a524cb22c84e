import { BadUserInputError } from "../../errors";

/**
 * What the database refused, said for the client: the service checks come
 * first and say it better, so these are the backstop (and what a race past
 * them meets, such as two writers taking one slug at once).
 *
 * Prisma 7 (with @prisma/adapter-pg and PGlite's adapter alike) reports a
 * unique violation as P2002 and a foreign key as P2003, with the adapter's
 * error under `meta.driverAdapterError.cause`; a RESTRICT foreign key, a check
 * or a trigger's refusal keeps PostgreSQL's SQLSTATE there (`originalCode`)
 * and its message.
 */
export function refusalOf(error: unknown): BadUserInputError | undefined {
  const record = asRecord(error);
  const cause = asRecord(asRecord(asRecord(record?.meta)?.driverAdapterError)?.cause);
  if (record?.code === "P2002")
    return new BadUserInputError(`A record with this ${uniqueFields(record, cause)} exists already`, "input", uniqueFields(record, cause));
  const sqlState = cause?.originalCode;
  if (record?.code === "P2003" || sqlState === RESTRICT_VIOLATION || sqlState === FOREIGN_KEY_VIOLATION) {
    return new BadUserInputError(foreignKeyRefusal(typeof cause?.originalMessage === "string" ? cause.originalMessage : ""), "input");
  }
  if (sqlState === CHECK_VIOLATION && typeof cause?.originalMessage === "string")
    return new BadUserInputError(`Refused by the database: ${cause.originalMessage}`, "input");
  return undefined;
}

// PostgreSQL's SQLSTATEs: a row still referred to (ON DELETE RESTRICT, or a plain foreign key), a check.
const RESTRICT_VIOLATION = "23001";
const FOREIGN_KEY_VIOLATION = "23503";
const CHECK_VIOLATION = "23514";

/** What refers to a record, by the table whose foreign key does, in the words of the API. */
const referrers: Record<string, string> = {
  statement: "statements",
  event_participant: "events, as a participant",
  actor_tie: "ties between actors",
  excerpt: "excerpts (cited by statements, events, ties, stances or relations)",
  event_report: "events' reports",
  stance: "stances",
  statement_relation: "relations between statements",
  statement_topic: "statements",
  event_topic: "events",
};

/**
 * Says which way a foreign key was broken, from PostgreSQL's message: a delete of a record
 * something still refers to (`update or delete on table "actor" violates … on table "statement"`),
 * naming what refers to it; or a write naming a record deleted meanwhile by another writer.
 */
function foreignKeyRefusal(message: string): string {
  const deleted = /^update or delete on table "(\w+)" violates .* on table "(\w+)"$/.exec(message);
  if (deleted) {
    const [, table, referrer] = deleted as unknown as [string, string, string];
    return `The ${table} is still referred to by ${referrers[referrer] ?? referrer.replaceAll("_", " ")}: remove those first`;
  }
  if (message.startsWith("insert or update on table"))
    return "A record this write refers to has been deleted meanwhile: read it again, then retry";
  return "The record is still referred to by others: remove those first";
}

function uniqueFields(error: Record<string, unknown>, cause: Record<string, unknown> | undefined): string {
  const fields = asRecord(cause?.constraint)?.fields ?? asRecord(error.meta)?.target;
  return Array.isArray(fields) && fields.length > 0 ? fields.join(", ") : "key";
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}
