import { quoteMismatch, spanProblem } from "@parley/db";
import type { z } from "zod";
import { checkTimeZone } from "../writes/checks";
import type { Tx } from "../writes/transaction";
import { loadReferences } from "./read";
import { refuse, underKeyNow } from "./refusal";
import { type Review, reviewSchema } from "./review";

/** `statements[k3]`: how refusals name a record of a draft, by its key (or its place, before keys are known to be sound). */
const named = (collection: keyof Review, key: string) => `${collection}[${key}]`;

/** The first issue zod found, as a refusal naming the record by key and the field by its path. */
function structuralRefusal(review: Review, issue: z.core.$ZodIssue) {
  const [collection, index, ...rest] = issue.path;
  if (typeof collection !== "string" || typeof index !== "number") return refuse("review", issue.message);
  const record = (review[collection as keyof Review] as { key?: unknown }[] | undefined)?.[index];
  const key = typeof record?.key === "string" ? record.key : String(index);
  return refuse([named(collection as keyof Review, key), ...rest.map(String)].join("."), issue.message);
}

function checkKeysUnique(review: Review): void {
  for (const collection of ["statements", "actors", "events"] as const) {
    const seen = new Set<string>();
    for (const { key } of review[collection]) {
      if (seen.has(key)) throw refuse(named(collection, key), `the key "${key}" is used twice`);
      seen.add(key);
    }
  }
}

/** Only one of an existing record's slug and a new one's key; a key must name one of the draft's. */
function checkChoice(field: string, slug: string | null, key: string | null, keys: Set<string>, what: string): void {
  if (slug !== null && key !== null) throw refuse(field, `give an existing ${what}'s slug or a new ${what}'s key, not both`);
  if (key !== null && !keys.has(key)) throw refuse(field, `the draft has no new ${what} with the key "${key}"`);
}

function checkStatements(text: string, review: Review): void {
  const actorKeys = new Set(review.actors.map((actor) => actor.key));
  const eventKeys = new Set(review.events.map((event) => event.key));
  const statementKeys = new Set(review.statements.map((statement) => statement.key));
  for (const statement of review.statements) {
    const at = named("statements", statement.key);
    const outside = spanProblem(statement.excerpt, text.length);
    if (outside) throw refuse(`${at}.excerpt`, `the excerpt does not fit the draft's text: ${outside}`);
    if (statement.kind === "DIRECT_QUOTE") {
      const mismatch = quoteMismatch(text, statement.excerpt, statement.text);
      if (mismatch) throw refuse(`${at}.text`, `a DIRECT_QUOTE must be the draft's text at its excerpt exactly: ${mismatch}`);
    }
    const cueOutside = statement.cue && spanProblem(statement.cue, text.length);
    if (cueOutside) throw refuse(`${at}.cue`, `the cue does not fit the draft's text: ${cueOutside}`);
    checkChoice(`${at}.newSpeaker`, statement.speaker, statement.newSpeaker, actorKeys, "actor");
    checkChoice(`${at}.newEvent`, statement.event, statement.newEvent, eventKeys, "event");
    if (statement.continues !== null && (statement.continues === statement.key || !statementKeys.has(statement.continues)))
      throw refuse(`${at}.continues`, `"${statement.continues}" is not another statement of the draft`);
  }
}

function checkEvents(review: Review): void {
  const actorKeys = new Set(review.actors.map((actor) => actor.key));
  for (const event of review.events) {
    const at = named("events", event.key);
    if ((event.time === null) !== (event.timePrecision === "DAY"))
      throw refuse(`${at}.time`, "give a time of day exactly when the precision is finer than DAY");
    underKeyNow(at, () => checkTimeZone(event.timeZone));
    event.participants.forEach((participant) => {
      if ((participant.actor === null) === (participant.newActor === null))
        throw refuse(`${at}.participants`, "each participant is an existing actor's slug or a new actor's key, one of them");
      checkChoice(`${at}.participants`, participant.actor, participant.newActor, actorKeys, "actor");
    });
  }
}

/** Every slug the review names names a record of the database. */
async function checkReferences(db: Tx, review: Review): Promise<void> {
  const found = await loadReferences(db, [review]);
  const missing = (table: string, slug: string) => `no ${table} has the slug "${slug}"`;
  for (const statement of review.statements) {
    const at = named("statements", statement.key);
    if (statement.speaker !== null && !found.actors.has(statement.speaker))
      throw refuse(`${at}.speaker`, missing("actor", statement.speaker));
    if (statement.event !== null && !found.events.has(statement.event)) throw refuse(`${at}.event`, missing("event", statement.event));
    const topic = statement.topics.find((slug) => !found.topics.has(slug));
    if (topic) throw refuse(`${at}.topics`, missing("topic", topic));
    const stance = statement.stances.find((each) => !found.topics.has(each.topic));
    if (stance) throw refuse(`${at}.stances`, missing("topic", stance.topic));
  }
  for (const event of review.events) {
    const participant = event.participants.find((each) => each.actor !== null && !found.actors.has(each.actor));
    if (participant) throw refuse(`${named("events", event.key)}.participants`, missing("actor", participant.actor!));
  }
}

/**
 * Checks a draft's review whole, as every write of it does: its shape (zod),
 * keys unique, spans inside the draft's text, each DIRECT_QUOTE exactly the
 * text at its span, references to the draft's own records and to the
 * database's resolvable. The first refusal names the record by key.
 */
export async function validateReview(db: Tx, text: string, review: Review): Promise<Review> {
  const parsed = reviewSchema.safeParse(review);
  if (!parsed.success) throw structuralRefusal(review, parsed.error.issues[0]!);
  checkKeysUnique(parsed.data);
  checkStatements(text, parsed.data);
  checkEvents(parsed.data);
  await checkReferences(db, parsed.data);
  return parsed.data;
}
