import type { EventCardFragment } from "@parley/schema";
import { participantRoleLabel, relationLabel } from "../lib/labels";
import type { LaneActor } from "../lib/lanes";
import { ShortWords } from "./short-words";

/** One actor's part in one event: their statements (each linked to its span in the source, with whom it answers), or their role. */
export function LaneCell({ event, actor }: { event: EventCardFragment; actor: LaneActor }) {
  const said = event.statements.edges.map((edge) => edge.node).filter((statement) => statement.speaker.id === actor.id);
  const roles = event.participants.filter((participant) => participant.actor.id === actor.id).map((p) => participantRoleLabel[p.role]);
  if (said.length === 0) return roles.length > 0 ? <span className="caveat">{roles.join(", ")}</span> : null;
  return (
    <ul className="lane-statements">
      {said.map((statement) => (
        <li key={statement.id}>
          <a href={`/sources/${statement.excerpt.source.slug}#${statement.slug}`}>
            <ShortWords kind={statement.kind} text={statement.text} />
          </a>
          {statement.relations.map((relation) => (
            <span key={`${relation.kind}-${relation.statement.slug}`} className="lane-relation">
              {` ${relationLabel[relation.kind]} ${relation.statement.speaker.name}`}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
