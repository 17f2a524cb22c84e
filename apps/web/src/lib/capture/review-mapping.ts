import type { DraftQuery, UpdateDraftInput } from "@parley/schema";
import type { Review } from "./review";
import type { DraftChanges } from "./statement-form";

type ApiDraft = NonNullable<DraftQuery["draft"]>;

/** The API's draft as the pages' review: records by slug or key; and the names of the known actors it names. */
export function fromApiDraft(draft: ApiDraft): { review: Review; actorNames: Map<string, string> } {
  const actorNames = new Map<string, string>();
  const statements = draft.statements.map((statement) => {
    if (statement.speaker) actorNames.set(statement.speaker.slug, statement.speaker.name);
    return {
      key: statement.key,
      origin: statement.origin,
      decision: statement.decision,
      kind: statement.kind,
      excerpt: { start: statement.excerpt.start, end: statement.excerpt.end },
      text: statement.text,
      speaker: statement.speaker?.slug ?? null,
      newSpeaker: statement.newSpeaker ?? null,
      speakerName: statement.speakerName ?? null,
      event: statement.event?.slug ?? null,
      newEvent: statement.newEvent ?? null,
      topics: statement.topics.map((topic) => topic.slug),
      stances: statement.stances.map((stance) => ({ topic: stance.topic.slug, position: stance.position })),
      continues: statement.continues ?? null,
      confidence: statement.confidence ?? null,
      cue: statement.cue ? { start: statement.cue.start, end: statement.cue.end } : null,
    };
  });
  const events = draft.events.map((event) => ({
    key: event.key,
    title: event.title,
    kind: event.kind,
    day: event.day,
    time: event.time ?? null,
    timePrecision: event.timePrecision,
    timeZone: event.timeZone,
    place: event.place ?? null,
    status: event.status,
    participants: event.participants.map((participant) => ({
      actor: participant.actor?.slug ?? null,
      newActor: participant.newActor ?? null,
      role: participant.role,
    })),
  }));
  return { review: { statements, actors: draft.actors.map((actor) => ({ ...actor, names: [...actor.names] })), events }, actorNames };
}

/** One edit as `updateDraft`'s input takes it (less the draft's id and version). */
export function toApiChanges(changes: DraftChanges): Omit<UpdateDraftInput, "id" | "version"> {
  return {
    ...(changes.statements && { statements: changes.statements }),
    ...(changes.actors && { actors: changes.actors.map(({ key, name, kind, names }) => ({ key, name, kind, names })) }),
    ...(changes.events && {
      events: changes.events.map(({ key, title, kind, day, time, timePrecision, timeZone, place, status }) => ({
        key,
        title,
        kind,
        day,
        time,
        timePrecision,
        timeZone,
        place,
        status,
      })),
    }),
  };
}
