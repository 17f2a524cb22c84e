import type { EventCardFragment } from "@parley/schema";

export interface LaneActor {
  id: string;
  slug: string;
  name: string;
}

/** Everyone who took part in or spoke at the day's events, one lane each, in the order they first appear. */
export function laneActors(events: EventCardFragment[]): LaneActor[] {
  const lanes = new Map<string, LaneActor>();
  for (const event of events) {
    const actors = [
      ...event.participants.map((participant) => participant.actor),
      ...event.statements.edges.map((edge) => edge.node.speaker),
    ];
    for (const { id, slug, name } of actors) if (!lanes.has(id)) lanes.set(id, { id, slug, name });
  }
  return [...lanes.values()];
}
