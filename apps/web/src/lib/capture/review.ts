import type { ActorKind, EventKind, EventStatus, ParticipantRole, StancePosition, StatementKind, TimePrecision } from "@parley/schema";

// A draft's review as the pages work with it: the API's draft, in the shape the forms edit.

export type Decision = "PENDING" | "ACCEPTED" | "REJECTED";

// The same shape as the API's draft review (its `updateDraft` takes it back): records of the draft
// refer to each other by key, and to Parley's records by slug.

export interface ReviewStatement {
  key: string;
  origin: "PROPOSED" | "ADDED";
  decision: Decision;
  kind: StatementKind;
  excerpt: { start: number; end: number };
  /** The draft's text at the excerpt. */
  text: string;
  /** A known actor's slug, or (`newSpeaker`) a new actor's key: at most one. */
  speaker: string | null;
  newSpeaker: string | null;
  /** The name the text gives the speaker, as proposed. */
  speakerName: string | null;
  /** A known event's slug, or (`newEvent`) a new event's key: at most one. */
  event: string | null;
  newEvent: string | null;
  topics: string[];
  stances: { topic: string; position: StancePosition }[];
  /** The key of the statement this one continues (a quote broken by its cue). */
  continues: string | null;
  confidence: number | null;
  cue: { start: number; end: number } | null;
}

export interface ReviewActor {
  key: string;
  name: string;
  kind: ActorKind;
  /** The names this text uses for them ("Mr Rell", "Ostravia's foreign minister"). */
  names: string[];
}

export interface ReviewParticipant {
  actor: string | null;
  newActor: string | null;
  role: ParticipantRole;
}

export interface ReviewEvent {
  key: string;
  title: string;
  kind: EventKind;
  /** The local day, YYYY-MM-DD. */
  day: string;
  /** The local time of day, for precisions finer than DAY. */
  time: string | null;
  timePrecision: TimePrecision;
  timeZone: string;
  place: string | null;
  status: EventStatus;
  participants: ReviewParticipant[];
}

export interface Review {
  statements: ReviewStatement[];
  actors: ReviewActor[];
  events: ReviewEvent[];
}

/** The statements in the text's order: the order they are numbered in, on the text and in the list. */
export function inTextOrder(statements: ReviewStatement[]): ReviewStatement[] {
  return [...statements].sort((a, b) => a.excerpt.start - b.excerpt.start || a.excerpt.end - b.excerpt.end || a.key.localeCompare(b.key));
}

/** A key no statement, actor or event of the review has yet, for what a reviewer adds. */
export function freshKey(review: Review, prefix: string): string {
  const taken = new Set([...review.statements, ...review.actors, ...review.events].map((item) => item.key));
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** The speaker's name as the page shows it. */
export function speakerLabel(statement: ReviewStatement, review: Review, actorNames: Map<string, string>): string {
  if (statement.newSpeaker !== null) return review.actors.find((actor) => actor.key === statement.newSpeaker)?.name ?? statement.newSpeaker;
  if (statement.speaker !== null) return actorNames.get(statement.speaker) ?? statement.speaker;
  return statement.speakerName ?? "No speaker yet";
}

/** What a statement's event field shows: its new event's title, or the known event's slug. */
export function eventLabel(statement: ReviewStatement, review: Review): string {
  if (statement.newEvent !== null) return review.events.find((event) => event.key === statement.newEvent)?.title ?? statement.newEvent;
  return statement.event ?? "";
}
