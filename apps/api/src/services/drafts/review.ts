import { z } from "zod";
import {
  ActorKind,
  DraftDecision,
  DraftStatementOrigin,
  EventKind,
  EventStatus,
  ParticipantRole,
  StancePosition,
  StatementKind,
  TimePrecision,
} from "../../enums";

// A draft's review, as the draft table's `review` column holds it (JSON):
// the statements under review, and the actors and events publishing will
// create. Records refer to each other by key within the draft, and to the
// database's records by slug. Every write validates it whole (zod, then
// validate-review.ts against the draft's text and the database).

/** A draft's own name for one of its statements, actors or events ("p3", "a1", "e1"). */
const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, "a key is 1 to 40 letters, digits, '_' or '-'");
const slug = z.string().min(1).max(200);
const nonBlank = z.string().trim().min(1, "must not be blank");
const span = z.object({ start: z.int().min(0), end: z.int().min(0) });

const statement = z.object({
  key,
  origin: z.enum(DraftStatementOrigin),
  decision: z.enum(DraftDecision),
  kind: z.enum(StatementKind),
  excerpt: span,
  /** The statement's text: a DIRECT_QUOTE's is the draft's text at the excerpt, exactly. */
  text: nonBlank,
  /** An existing actor's slug, or (`newSpeaker`) the key of an actor publishing creates; at most one. */
  speaker: slug.nullable(),
  newSpeaker: key.nullable(),
  /** The name the text gives the speaker, as proposed. */
  speakerName: z.string().nullable(),
  /** An existing event's slug, or (`newEvent`) the key of an event publishing creates; at most one. */
  event: slug.nullable(),
  newEvent: key.nullable(),
  topics: z.array(slug),
  stances: z.array(z.object({ topic: slug, position: z.enum(StancePosition) })),
  /** The key of the statement this one continues (a quote broken by its cue). */
  continues: key.nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  cue: span.nullable(),
});

const actor = z.object({ key, name: nonBlank, kind: z.enum(ActorKind), names: z.array(nonBlank) });

const participant = z.object({ actor: slug.nullable(), newActor: key.nullable(), role: z.enum(ParticipantRole) });

const event = z.object({
  key,
  title: nonBlank,
  kind: z.enum(EventKind),
  /** The local day, YYYY-MM-DD. */
  day: z.iso.date(),
  /** The local time of day (HH:MM or HH:MM:SS), for precisions finer than DAY. */
  time: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/, "a time of day is HH:MM or HH:MM:SS")
    .nullable(),
  timePrecision: z.enum(TimePrecision),
  timeZone: nonBlank,
  place: z.string().nullable(),
  status: z.enum(EventStatus),
  participants: z.array(participant),
});

export const reviewSchema = z.object({ statements: z.array(statement), actors: z.array(actor), events: z.array(event) });

export type Review = z.infer<typeof reviewSchema>;
export type DraftStatementData = Review["statements"][number];
export type DraftActorData = Review["actors"][number];
export type DraftEventData = Review["events"][number];
export type DraftParticipantData = DraftEventData["participants"][number];

/** Reads a review as stored: the API wrote it, validated, so a failure here is a fault, not the caller's. */
export function readReview(stored: unknown): Review {
  return reviewSchema.parse(stored);
}
