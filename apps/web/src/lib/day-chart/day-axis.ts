import type { EventCardFragment, StatementCardFragment } from "@parley/schema";
import { type DayAxis, placeSlots } from "./axis";
import { daySlots } from "./slots";

export type DayEvent = EventCardFragment;
export type DayStatement = StatementCardFragment;

export interface LaneActor {
  id: string;
  slug: string;
  name: string;
}

export const statementsOf = (event: DayEvent): DayStatement[] => event.statements.edges.map((edge) => edge.node);

/**
 * Everyone who took part in or spoke at the day's events, in the order they first appear; those who
 * first appear at one event by name (the API gives an event's participants in no particular order).
 */
export function laneActors(events: DayEvent[]): LaneActor[] {
  const lanes = new Map<string, LaneActor>();
  for (const event of events) {
    const participants = event.participants.map((participant) => participant.actor).sort((a, b) => a.name.localeCompare(b.name, "en"));
    for (const { id, slug, name } of [...participants, ...statementsOf(event).map((statement) => statement.speaker)]) {
      if (!lanes.has(id)) lanes.set(id, { id, slug, name });
    }
  }
  return [...lanes.values()];
}

/** Most statements one actor made at the slot's events: the width the order gives it. */
function slotNeed(events: DayEvent[]): number {
  const bySpeaker = new Map<string, number>();
  for (const statement of events.flatMap(statementsOf)) bySpeaker.set(statement.speaker.id, (bySpeaker.get(statement.speaker.id) ?? 0) + 1);
  return Math.max(1, ...bySpeaker.values());
}

/** The day's axis, each slot (by order) as wide as the most statements one actor made in it. */
export function dayAxis(events: DayEvent[]): DayAxis<DayEvent> {
  return placeSlots(daySlots(events), (slot) => Math.max(3, slotNeed(slot.events)));
}
