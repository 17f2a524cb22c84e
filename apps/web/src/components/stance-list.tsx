import type { StatementCardFragment } from "@parley/schema";
import { stancePositionLabel } from "../lib/labels";

type Stance = StatementCardFragment["stances"][number];

/** A statement's positions towards topics: "Opposes: The Crimean referendum". */
export function StanceList({ stances }: { stances: Stance[] }) {
  if (stances.length === 0) return null;
  return (
    <ul className="stances" aria-label="Stances">
      {stances.map((stance) => (
        <li key={stance.topic.slug} className={`stance--${stance.position.toLowerCase()}`}>
          {`${stancePositionLabel[stance.position]}: ${stance.topic.name}`}
        </li>
      ))}
    </ul>
  );
}
