import type { EventCardFragment } from "@parley/schema";
import { participantRoleLabel } from "../lib/labels";

type Participant = EventCardFragment["participants"][number];

/** Who took part, each linked to their page, with their part when it is not plain participation. */
export function ParticipantList({ participants }: { participants: Participant[] }) {
  return (
    <ul className="inline-list">
      {participants.map(({ actor, role }) => (
        <li key={`${actor.slug}-${role}`}>
          <a href={`/actors/${actor.slug}`}>{actor.name}</a>
          {role !== "PARTICIPANT" && <span className="role">{` (${participantRoleLabel[role]})`}</span>}
        </li>
      ))}
    </ul>
  );
}
