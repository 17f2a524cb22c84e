import type {
  ActorKind,
  DraftDecision,
  EventKind,
  EventStatus,
  ParticipantRole,
  StancePosition,
  StatementKind,
  TimePrecision,
} from "../../enums";
import { type ExcerptLocator, locateExcerpt } from "../writes/locate-excerpt";
import { refuse } from "./refusal";
import type { DraftActorData, DraftEventData, DraftStatementData, Review } from "./review";

// One edit of a draft's review, as updateDraft takes it: records changed or
// added by key (fields left out keep their values; null empties those that
// may be empty), and records removed by key.

export interface StatementChange {
  key: string;
  decision?: DraftDecision | null;
  kind?: StatementKind | null;
  excerpt?: ExcerptLocator | null;
  text?: string | null;
  speaker?: string | null;
  newSpeaker?: string | null;
  event?: string | null;
  newEvent?: string | null;
  topics?: string[] | null;
  stances?: { topic: string; position: StancePosition }[] | null;
  continues?: string | null;
}

export interface ActorChange {
  key: string;
  name?: string | null;
  kind?: ActorKind | null;
  names?: string[] | null;
}

export interface EventChange {
  key: string;
  title?: string | null;
  kind?: EventKind | null;
  day?: Date | null;
  time?: string | null;
  timePrecision?: TimePrecision | null;
  timeZone?: string | null;
  place?: string | null;
  status?: EventStatus | null;
  participants?: { actor?: string | null; newActor?: string | null; role: ParticipantRole }[] | null;
}

export interface ReviewChanges {
  statements?: StatementChange[] | null;
  removeStatements?: string[] | null;
  actors?: ActorChange[] | null;
  removeActors?: string[] | null;
  events?: EventChange[] | null;
  removeEvents?: string[] | null;
}

/** A value given, or the old one: undefined (left out) keeps it; null keeps it too unless the field may be empty. */
const kept = <T>(given: T | null | undefined, old: T): T => (given === undefined || given === null ? old : given);
const emptied = <T>(given: T | null | undefined, old: T | null): T | null => (given === undefined ? old : given);

/** Of an existing record's slug and a new one's key, giving either takes it and clears the other. */
function choice(slug: string | null | undefined, key: string | null | undefined, old: { slug: string | null; key: string | null }) {
  if (slug != null && key != null) return { slug, key };
  if (slug != null) return { slug, key: null };
  if (key != null) return { slug: null, key };
  return { slug: emptied(slug, old.slug), key: emptied(key, old.key) };
}

function required<T>(value: T | null | undefined, field: string): T {
  if (value === undefined || value === null) throw refuse(field, "a new record needs it");
  return value;
}

function changedStatement(text: string, old: DraftStatementData | undefined, change: StatementChange): DraftStatementData {
  const at = `statements[${change.key}]`;
  const excerpt = change.excerpt ? locateExcerpt(text, change.excerpt, `${at}.excerpt`, "the draft's text") : undefined;
  const base: DraftStatementData = old ?? {
    key: change.key,
    origin: "ADDED",
    decision: "ACCEPTED",
    kind: required(change.kind, `${at}.kind`),
    excerpt: required(excerpt, `${at}.excerpt`),
    text: "",
    speaker: null,
    newSpeaker: null,
    speakerName: null,
    event: null,
    newEvent: null,
    topics: [],
    stances: [],
    continues: null,
    confidence: null,
    cue: null,
  };
  const speaker = choice(change.speaker, change.newSpeaker, { slug: base.speaker, key: base.newSpeaker });
  const event = choice(change.event, change.newEvent, { slug: base.event, key: base.newEvent });
  const span = excerpt ?? base.excerpt;
  return {
    ...base,
    decision: kept(change.decision, base.decision),
    kind: kept(change.kind, base.kind),
    excerpt: span,
    // A new span brings its words, unless the reviewer wrote the text too.
    text: change.text ?? (excerpt || !old ? text.slice(span.start, span.end) : base.text),
    speaker: speaker.slug,
    newSpeaker: speaker.key,
    event: event.slug,
    newEvent: event.key,
    topics: kept(change.topics, base.topics),
    stances: kept(change.stances, base.stances),
    continues: emptied(change.continues, base.continues),
  };
}

function changedActor(old: DraftActorData | undefined, change: ActorChange): DraftActorData {
  const at = `actors[${change.key}]`;
  return {
    key: change.key,
    name: kept(change.name, old?.name) ?? required(change.name, `${at}.name`),
    kind: kept(change.kind, old?.kind) ?? required(change.kind, `${at}.kind`),
    names: kept(change.names, old?.names) ?? [],
  };
}

function changedEvent(old: DraftEventData | undefined, change: EventChange): DraftEventData {
  const at = `events[${change.key}]`;
  const day = change.day ? change.day.toISOString().slice(0, 10) : undefined;
  return {
    key: change.key,
    title: kept(change.title, old?.title) ?? required(change.title, `${at}.title`),
    kind: kept(change.kind, old?.kind) ?? required(change.kind, `${at}.kind`),
    day: kept(day, old?.day) ?? required(day, `${at}.day`),
    time: emptied(change.time, old?.time ?? null),
    timePrecision: kept(change.timePrecision, old?.timePrecision) ?? required(change.timePrecision, `${at}.timePrecision`),
    timeZone: kept(change.timeZone, old?.timeZone) ?? required(change.timeZone, `${at}.timeZone`),
    place: emptied(change.place, old?.place ?? null),
    status: kept(change.status, old?.status) ?? required(change.status, `${at}.status`),
    participants: change.participants
      ? change.participants.map((each) => ({ actor: each.actor ?? null, newActor: each.newActor ?? null, role: each.role }))
      : (old?.participants ?? []),
  };
}

/** Changes and adds records by key, in a list where keys are unique. */
function upsert<Item extends { key: string }, Change extends { key: string }>(
  items: Item[],
  changes: Change[] | null | undefined,
  apply: (old: Item | undefined, change: Change) => Item,
): Item[] {
  const result = [...items];
  for (const change of changes ?? []) {
    const index = result.findIndex((item) => item.key === change.key);
    if (index === -1) result.push(apply(undefined, change));
    else result[index] = apply(result[index], change);
  }
  return result;
}

function removed<Item extends { key: string }>(items: Item[], keys: string[] | null | undefined, field: string): Item[] {
  for (const key of keys ?? [])
    if (!items.some((item) => item.key === key)) throw refuse(field, `the draft has no record with the key "${key}"`);
  return items.filter((item) => !keys?.includes(item.key));
}

/** Nothing in the review may still refer to a new actor or event that the edit removes. */
function checkUnreferenced(review: Review, changes: ReviewChanges): void {
  const actors = new Set(changes.removeActors ?? []);
  const events = new Set(changes.removeEvents ?? []);
  for (const statement of review.statements) {
    if (statement.newSpeaker !== null && actors.has(statement.newSpeaker))
      throw refuse("removeActors", `statement "${statement.key}" still names the actor "${statement.newSpeaker}" as its speaker`);
    if (statement.newEvent !== null && events.has(statement.newEvent))
      throw refuse("removeEvents", `statement "${statement.key}" is still made at the event "${statement.newEvent}"`);
  }
  for (const event of review.events)
    for (const participant of event.participants)
      if (participant.newActor !== null && actors.has(participant.newActor))
        throw refuse("removeActors", `the event "${event.key}" still has the actor "${participant.newActor}" taking part`);
}

/** The review after one edit; `validateReview` then checks it whole. A statement removed is no longer continued by any. */
export function applyChanges(text: string, review: Review, changes: ReviewChanges): Review {
  const gone = new Set(changes.removeStatements ?? []);
  const statements = upsert(removed(review.statements, changes.removeStatements, "removeStatements"), changes.statements, (old, change) =>
    changedStatement(text, old, change),
  ).map((statement) => (statement.continues !== null && gone.has(statement.continues) ? { ...statement, continues: null } : statement));
  const next: Review = {
    statements,
    actors: upsert(removed(review.actors, changes.removeActors, "removeActors"), changes.actors, changedActor),
    events: upsert(removed(review.events, changes.removeEvents, "removeEvents"), changes.events, changedEvent),
  };
  checkUnreferenced(next, changes);
  return next;
}
